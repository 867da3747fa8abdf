package com.netra.apex.core.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.usage.TokenUsage;

/** Vocabulary shared by the Anthropic-to-OpenAI response and stream translators. */
final class AnthropicOpenAiMapping {

    static final ObjectMapper JSON = new ObjectMapper();

    private AnthropicOpenAiMapping() {
    }

    /** Anthropic {@code stop_reason} to OpenAI {@code finish_reason}; null while the turn is still open. */
    static String finishReason(String stopReason) {
        if (stopReason == null) {
            return null;
        }
        return switch (stopReason) {
            case "max_tokens", "model_context_window_exceeded" -> "length";
            case "tool_use" -> "tool_calls";
            case "refusal" -> "content_filter";
            // end_turn, stop_sequence, pause_turn and any reason added later: the turn ended normally.
            default -> "stop";
        };
    }

    /**
     * OpenAI {@code usage}: prompt_tokens counts every input token, cached or not, because that is what
     * OpenAI clients expect; cache writes stay visible under a non-standard key so they can be billed.
     */
    static ObjectNode usage(TokenUsage tokens) {
        ObjectNode usage = JSON.createObjectNode();
        usage.put("prompt_tokens", tokens.promptTokens());
        usage.put("completion_tokens", tokens.output());
        usage.put("total_tokens", tokens.totalTokens());
        usage.putObject("prompt_tokens_details")
                .put("cached_tokens", tokens.cachedInput())
                .put("cache_write_tokens", tokens.cacheWrite());
        return usage;
    }

    /** The OpenAI completion id for an Anthropic message id. */
    static String completionId(String anthropicId) {
        return "chatcmpl-" + anthropicId;
    }

    /** An OpenAI {@code tool_calls[]} entry opening a call: id, type and name, arguments to follow. */
    static ObjectNode toolCall(int index, String id, String name, String arguments) {
        ObjectNode call = JSON.createObjectNode();
        if (index >= 0) {
            call.put("index", index);
        }
        call.put("id", id).put("type", "function");
        call.putObject("function").put("name", name).put("arguments", arguments);
        return call;
    }
}
