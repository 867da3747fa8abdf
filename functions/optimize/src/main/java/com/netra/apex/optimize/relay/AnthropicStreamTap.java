package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.protocol.SseParser.SseEvent;
import com.netra.apex.core.protocol.UsageExtraction;
import com.netra.apex.core.usage.TokenUsage;
import java.io.IOException;
import java.util.List;

/**
 * An Anthropic Messages stream passed through untouched. Usage arrives in two parts: input and cache
 * tokens in {@code message_start}, cumulative output tokens in each {@code message_delta}.
 */
final class AnthropicStreamTap extends ObservedOutput {

    private final ObjectMapper json;
    private TokenUsage start;
    private long outputTokens = -1;

    AnthropicStreamTap(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public List<SseOut> onEvent(SseEvent event) {
        String type = event.event();
        if ("message_start".equals(type) || "message_delta".equals(type) || "content_block_delta".equals(type)) {
            observe(type, event.data());
        }
        return List.of(new SseOut(type, event.data()));
    }

    private void observe(String type, String data) {
        JsonNode node;
        try {
            node = json.readTree(data);
        } catch (IOException e) {
            return; // passed through as it came; nothing to meter from it
        }
        switch (type) {
            case "message_start" -> {
                JsonNode message = node.path("message");
                servedModelIfUnknown(message.path("model").asText(null));
                start = UsageExtraction.anthropic(message.path("usage"));
            }
            case "message_delta" -> {
                JsonNode u = node.path("usage");
                if (u.has("output_tokens")) {
                    outputTokens = u.path("output_tokens").asLong();
                }
                if (u.has("input_tokens") && start != null) {
                    // Newer API versions repeat cumulative input counts here; prefer them when present.
                    start = new TokenUsage(u.path("input_tokens").asLong(),
                            u.path("cache_read_input_tokens").asLong(start.cachedInput()),
                            u.path("cache_creation_input_tokens").asLong(start.cacheWrite()), 0);
                }
            }
            default -> {
                JsonNode delta = node.path("delta");
                generated(delta.path("text").asText("") + delta.path("partial_json").asText(""));
            }
        }
    }

    @Override
    public TokenUsage providerUsage() {
        if (start == null || outputTokens < 0) {
            return null;
        }
        return new TokenUsage(start.input(), start.cachedInput(), start.cacheWrite(), outputTokens);
    }

    /** Input tokens are known from message_start even if the stream never finished. */
    @Override
    public TokenUsage partialUsage() {
        return start;
    }
}
