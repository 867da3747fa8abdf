package com.netra.apex.local.it;

/** Provider responses as OpenAI and Anthropic send them, for WireMock to serve. */
final class ProviderStubs {

    private ProviderStubs() {
    }

    static final String OPENAI_COMPLETION = """
            {"id":"chatcmpl-abc123","object":"chat.completion","created":1731000000,"model":"gpt-4o-mini-2024-07-18",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Paris is the capital of France.","refusal":null},
             "logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":1200,"completion_tokens":300,"total_tokens":1500,
             "prompt_tokens_details":{"cached_tokens":1000,"audio_tokens":0},
             "completion_tokens_details":{"reasoning_tokens":0}},
             "system_fingerprint":"fp_test","service_tier":"default","x_vendor_extra":{"kept":true}}""";

    static final String OPENAI_STREAM = """
            data: {"id":"chatcmpl-s1","object":"chat.completion.chunk","created":1731000000,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}],"usage":null}

            data: {"id":"chatcmpl-s1","object":"chat.completion.chunk","created":1731000000,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{"content":"Hello"},"finish_reason":null}],"usage":null}

            data: {"id":"chatcmpl-s1","object":"chat.completion.chunk","created":1731000000,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{"content":" world"},"finish_reason":null}],"usage":null}

            data: {"id":"chatcmpl-s1","object":"chat.completion.chunk","created":1731000000,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":null}

            data: {"id":"chatcmpl-s1","object":"chat.completion.chunk","created":1731000000,"model":"gpt-4o-mini-2024-07-18","choices":[],"usage":{"prompt_tokens":20,"completion_tokens":2,"total_tokens":22,"prompt_tokens_details":{"cached_tokens":0}}}

            data: [DONE]

            """;

    static final String ANTHROPIC_MESSAGE = """
            {"id":"msg_01","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929",
             "content":[{"type":"text","text":"Bonjour!"}],"stop_reason":"end_turn","stop_sequence":null,
             "usage":{"input_tokens":100,"cache_creation_input_tokens":2000,"cache_read_input_tokens":5000,"output_tokens":50}}""";

    static final String ANTHROPIC_STREAM = """
            event: message_start
            data: {"type":"message_start","message":{"id":"msg_02","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":40,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":1}}}

            event: content_block_start
            data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

            event: ping
            data: {"type":"ping"}

            event: content_block_delta
            data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}

            event: content_block_delta
            data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" there"}}

            event: content_block_stop
            data: {"type":"content_block_stop","index":0}

            event: message_delta
            data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":12}}

            event: message_stop
            data: {"type":"message_stop"}

            """;

    static final String OPENAI_EMBEDDING = """
            {"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1,-0.2,0.3]}],
             "model":"text-embedding-3-small","usage":{"prompt_tokens":8,"total_tokens":8}}""";
}
