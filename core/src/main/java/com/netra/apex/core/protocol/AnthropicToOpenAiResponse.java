package com.netra.apex.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.usage.TokenUsage;
import java.time.Instant;

/**
 * Translates a non-streamed Anthropic Messages response into an OpenAI {@code chat.completion}.
 *
 * <p>Text blocks are concatenated into {@code message.content} (null if there are none), tool_use blocks become
 * {@code message.tool_calls}; thinking and server-tool blocks have no OpenAI counterpart and are dropped.
 * {@code usage.prompt_tokens} includes cache reads and writes; {@code prompt_tokens_details.cache_write_tokens}
 * is a non-standard extension carrying Anthropic's cache_creation_input_tokens.
 */
public final class AnthropicToOpenAiResponse {

    private AnthropicToOpenAiResponse() {
    }

    /** The chat.completion for {@code anthropicMessage}, stamped now. */
    public static ObjectNode translate(JsonNode anthropicMessage, String requestedModel) {
        return translate(anthropicMessage, requestedModel, Instant.now().getEpochSecond());
    }

    /** The chat.completion for {@code anthropicMessage}, reported as {@code requestedModel}, created at epoch seconds. */
    public static ObjectNode translate(JsonNode anthropicMessage, String requestedModel, long created) {
        ObjectNode out = AnthropicOpenAiMapping.JSON.createObjectNode();
        out.put("id", AnthropicOpenAiMapping.completionId(anthropicMessage.path("id").asText()));
        out.put("object", "chat.completion");
        out.put("created", created);
        out.put("model", requestedModel);
        ObjectNode choice = out.putArray("choices").addObject();
        choice.put("index", 0);
        choice.set("message", message(anthropicMessage.path("content")));
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason(anthropicMessage));
        out.set("usage", AnthropicOpenAiMapping.usage(tokenUsage(anthropicMessage)));
        return out;
    }

    /** The tokens of {@code anthropicMessage}, for metering; input excludes cache reads and writes. */
    public static TokenUsage tokenUsage(JsonNode anthropicMessage) {
        return UsageExtraction.anthropic(anthropicMessage.path("usage"));
    }

    private static ObjectNode message(JsonNode content) {
        StringBuilder text = new StringBuilder();
        boolean hasText = false;
        ArrayNode toolCalls = AnthropicOpenAiMapping.JSON.createArrayNode();
        for (JsonNode block : content) {
            String type = block.path("type").asText();
            if (type.equals("text")) {
                text.append(block.path("text").asText());
                hasText = true;
            } else if (type.equals("tool_use")) {
                toolCalls.add(AnthropicOpenAiMapping.toolCall(-1, block.path("id").asText(),
                        block.path("name").asText(), arguments(block.path("input"))));
            }
        }
        ObjectNode message = AnthropicOpenAiMapping.JSON.createObjectNode().put("role", "assistant");
        if (hasText) {
            message.put("content", text.toString());
        } else {
            message.putNull("content");
        }
        if (!toolCalls.isEmpty()) {
            message.set("tool_calls", toolCalls);
        }
        return message;
    }

    private static String arguments(JsonNode input) {
        return input.isObject() ? input.toString() : "{}";
    }

    private static String finishReason(JsonNode anthropicMessage) {
        // A complete message always has a stop reason; "stop" covers a malformed one without.
        String reason = AnthropicOpenAiMapping.finishReason(anthropicMessage.path("stop_reason").textValue());
        return reason == null ? "stop" : reason;
    }
}
