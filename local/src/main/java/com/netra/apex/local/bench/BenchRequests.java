package com.netra.apex.local.bench;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The one chat request the benchmark sends, serialized once per target with its headers. It is the same
 * request every time, so it asks the gateway not to use its answer cache: the benchmark measures the
 * proxy path; `apex bench pipeline` measures the caches.
 */
final class BenchRequests {

    private BenchRequests() {
    }

    /** @param apiKey the gateway key, or null when calling the mock directly */
    static byte[] chatCompletion(InetSocketAddress target, String apiKey, String model, boolean stream) {
        String body = "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"system\",\"content\":\"You are a helpful "
                + "assistant. Answer briefly.\"},{\"role\":\"user\",\"content\":\"What is the capital of France?\"}],"
                + "\"temperature\":0.2,\"max_tokens\":256"
                + (stream ? ",\"stream\":true,\"stream_options\":{\"include_usage\":true}" : "") + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /v1/chat/completions HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + target.getPort() + "\r\n"
                + "User-Agent: apex-bench\r\n"
                + "Accept: " + (stream ? "text/event-stream" : "application/json") + "\r\n"
                + "Content-Type: application/json\r\n"
                + (apiKey == null ? "" : "Authorization: Bearer " + apiKey + "\r\nx-apex-cache: off\r\n")
                + "Content-Length: " + bytes.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[headBytes.length + bytes.length];
        System.arraycopy(headBytes, 0, out, 0, headBytes.length);
        System.arraycopy(bytes, 0, out, headBytes.length, bytes.length);
        return out;
    }
}
