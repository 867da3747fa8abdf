package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.usage.TokenUsage;

/**
 * Token usage from a chat response in any of the dialects: OpenAI chat ({@code prompt_tokens}, which
 * includes {@code prompt_tokens_details.cached_tokens}), OpenAI Responses ({@code input_tokens} with
 * {@code input_tokens_details}), and Anthropic ({@code input_tokens} excluding
 * {@code cache_read_input_tokens} and {@code cache_creation_input_tokens}).
 */
final class ChatUsage {

    private ChatUsage() {
    }

    /** The usage the response reports, or null when it reports none. */
    static TokenUsage of(JsonNode response) {
        JsonNode u = response == null ? null : response.get("usage");
        if (u == null || !u.isObject()) {
            return null;
        }
        if (u.has("prompt_tokens") || u.has("completion_tokens")) {
            return TokenUsage.fromOpenAi(Fields.count(u, "prompt_tokens"),
                    Fields.count(u.path("prompt_tokens_details"), "cached_tokens"), Fields.count(u, "completion_tokens"));
        }
        if (!u.has("input_tokens") && !u.has("output_tokens")) {
            return null;
        }
        if (u.has("input_tokens_details")) {
            return TokenUsage.fromOpenAi(Fields.count(u, "input_tokens"),
                    Fields.count(u.path("input_tokens_details"), "cached_tokens"), Fields.count(u, "output_tokens"));
        }
        return new TokenUsage(Fields.count(u, "input_tokens"), Fields.count(u, "cache_read_input_tokens"),
                Fields.count(u, "cache_creation_input_tokens"), Fields.count(u, "output_tokens"));
    }

    /** The answer's text, to estimate output tokens when the log kept no usage. */
    static String answerText(JsonNode response) {
        StringBuilder text = new StringBuilder();
        if (response == null) {
            return "";
        }
        for (JsonNode choice : response.path("choices")) {
            ChatPrompts.appendContent(choice.path("message").get("content"), text);
            ChatPrompts.appendContent(choice.get("text"), text);
        }
        ChatPrompts.appendContent(response.get("content"), text);
        for (JsonNode item : response.path("output")) {
            ChatPrompts.appendContent(item.get("content"), text);
        }
        return text.toString();
    }
}
