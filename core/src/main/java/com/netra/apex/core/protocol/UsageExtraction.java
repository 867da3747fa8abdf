package com.netra.apex.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.usage.TokenUsage;

/** Reads token usage from provider responses, in each provider's own vocabulary. */
public final class UsageExtraction {

    private UsageExtraction() {
    }

    /** OpenAI chat/embeddings {@code usage}: prompt_tokens includes cached tokens. */
    public static TokenUsage openAi(JsonNode usage) {
        if (usage == null || !usage.isObject()) {
            return TokenUsage.NONE;
        }
        long prompt = usage.path("prompt_tokens").asLong(usage.path("input_tokens").asLong());
        long cached = usage.path("prompt_tokens_details").path("cached_tokens").asLong();
        long completion = usage.path("completion_tokens").asLong(usage.path("output_tokens").asLong());
        return TokenUsage.fromOpenAi(prompt, cached, completion);
    }

    /** Anthropic {@code usage}: input_tokens excludes cache reads and writes, which are reported apart. */
    public static TokenUsage anthropic(JsonNode usage) {
        if (usage == null || !usage.isObject()) {
            return TokenUsage.NONE;
        }
        return new TokenUsage(usage.path("input_tokens").asLong(), usage.path("cache_read_input_tokens").asLong(),
                usage.path("cache_creation_input_tokens").asLong(), usage.path("output_tokens").asLong());
    }

    /** The OpenAI {@code usage} object for tokens, as a caller of the chat API expects it. */
    public static com.fasterxml.jackson.databind.node.ObjectNode toOpenAi(TokenUsage tokens) {
        return AnthropicOpenAiMapping.usage(tokens);
    }
}
