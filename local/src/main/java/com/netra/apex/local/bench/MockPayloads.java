package com.netra.apex.local.bench;

import java.nio.charset.StandardCharsets;

/** The mock upstream's fixed answers, as complete HTTP/1.1 responses serialized once at start-up. */
final class MockPayloads {

    static final String MODEL = "gpt-4o-mini-2024-07-18";

    /** A real chat.completion as OpenAI sends it today (~700 bytes), including usage with cached tokens. */
    static final String COMPLETION_JSON = "{\"id\":\"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\",\"object\":\"chat.completion\","
            + "\"created\":1741569952,\"model\":\"" + MODEL + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"The capital of France is Paris. It is known for the Eiffel Tower, the Louvre museum and its "
            + "cafes along the Seine. Is there anything else you would like to know about Paris?\",\"refusal\":null,"
            + "\"annotations\":[]},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":27,"
            + "\"completion_tokens\":33,\"total_tokens\":60,\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0},"
            + "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,\"accepted_prediction_tokens\":0,"
            + "\"rejected_prediction_tokens\":0}},\"service_tier\":\"default\",\"system_fingerprint\":\"fp_06737a9306\"}";

    private static final String[] STREAM_EVENTS = {
        chunk("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}", "null"),
        chunk("{\"content\":\"The capital\"}", "null"),
        chunk("{\"content\":\" of France\"}", "null"),
        chunk("{\"content\":\" is Paris.\"}", "null"),
        chunk("{}", "\"stop\""),
        "{\"id\":\"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\",\"object\":\"chat.completion.chunk\",\"created\":1741569952,"
            + "\"model\":\"" + MODEL + "\",\"system_fingerprint\":\"fp_06737a9306\",\"choices\":[],\"usage\":"
            + "{\"prompt_tokens\":27,\"completion_tokens\":5,\"total_tokens\":32,\"prompt_tokens_details\":{\"cached_tokens\":0}}}",
        "[DONE]",
    };

    private static final String COMMON_HEADERS = "x-request-id: req_bench0000000000000000000001\r\n"
            + "openai-processing-ms: 1\r\nx-ratelimit-remaining-requests: 9999\r\n";

    private MockPayloads() {
    }

    static byte[] completionResponse() {
        byte[] body = COMPLETION_JSON.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n" + COMMON_HEADERS
                + "content-length: " + body.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.US_ASCII), body);
    }

    /** The SSE stream with one HTTP chunk per event, as providers send it. */
    static byte[] streamResponse() {
        StringBuilder http = new StringBuilder("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n")
                .append(COMMON_HEADERS).append("transfer-encoding: chunked\r\n\r\n");
        for (String data : STREAM_EVENTS) {
            String event = "data: " + data + "\n\n";
            http.append(Integer.toHexString(event.getBytes(StandardCharsets.UTF_8).length)).append("\r\n")
                    .append(event).append("\r\n");
        }
        return http.append("0\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] notFoundResponse() {
        String body = "{\"error\":{\"message\":\"mock upstream serves POST /v1/chat/completions only\",\"type\":\"invalid_request_error\"}}";
        return ("HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: " + body.length()
                + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    private static String chunk(String delta, String finishReason) {
        return "{\"id\":\"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\",\"object\":\"chat.completion.chunk\",\"created\":1741569952,"
                + "\"model\":\"" + MODEL + "\",\"system_fingerprint\":\"fp_06737a9306\",\"choices\":[{\"index\":0,\"delta\":"
                + delta + ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}],\"usage\":null}";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
