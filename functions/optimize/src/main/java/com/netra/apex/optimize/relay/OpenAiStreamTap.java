package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.protocol.SseParser.SseEvent;
import com.netra.apex.core.protocol.UsageExtraction;
import com.netra.apex.core.usage.TokenUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An OpenAI chat stream. The gateway always asks for {@code stream_options.include_usage}; when the
 * caller did not, the extra usage-only chunk and the {@code usage: null} fields are removed again.
 */
final class OpenAiStreamTap extends ObservedOutput {

    private final ObjectMapper json;
    private final boolean callerAskedForUsage;
    private TokenUsage usage;

    OpenAiStreamTap(ObjectMapper json, boolean callerAskedForUsage) {
        this.json = json;
        this.callerAskedForUsage = callerAskedForUsage;
    }

    @Override
    public List<SseOut> onEvent(SseEvent event) {
        if ("[DONE]".equals(event.data())) {
            return List.of(SseOut.DONE);
        }
        JsonNode chunk = parse(event.data());
        if (!chunk.isObject()) {
            return List.of(new SseOut(event.event(), event.data()));
        }
        servedModelIfUnknown(chunk.path("model").asText(null));
        collectText(chunk.path("choices"));
        JsonNode u = chunk.get("usage");
        if (u != null && u.isObject()) {
            usage = UsageExtraction.openAi(u);
        }
        if (callerAskedForUsage || u == null) {
            return List.of(new SseOut(event.event(), event.data()));
        }
        if (chunk.path("choices").isArray() && chunk.path("choices").isEmpty() && u.isObject()) {
            return List.of(); // the usage-only chunk the caller did not ask for
        }
        ((ObjectNode) chunk).remove("usage");
        return List.of(new SseOut(event.event(), chunk.toString()));
    }

    private void collectText(JsonNode choices) {
        for (JsonNode choice : choices) {
            JsonNode delta = choice.path("delta");
            JsonNode content = delta.get("content");
            if (content != null && content.isTextual()) {
                generated(content.asText());
            }
            for (JsonNode call : delta.path("tool_calls")) {
                generated(call.path("function").path("arguments").asText(""));
            }
        }
    }

    private JsonNode parse(String data) {
        try {
            return json.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Provider sent a stream event that is not JSON", e);
        }
    }

    @Override
    public TokenUsage providerUsage() {
        return usage;
    }
}
