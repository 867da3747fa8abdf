package com.netra.apex.core.usage;

/**
 * Tokens of one request, normalised across providers.
 *
 * @param input       input tokens billed at the full input price (excludes cached and cache-write tokens)
 * @param cachedInput input tokens read from the provider's prompt cache
 * @param cacheWrite  input tokens written to the provider's prompt cache
 * @param output      output tokens, reasoning tokens included
 */
public record TokenUsage(long input, long cachedInput, long cacheWrite, long output) {

    public static final TokenUsage NONE = new TokenUsage(0, 0, 0, 0);

    public TokenUsage {
        if (input < 0 || cachedInput < 0 || cacheWrite < 0 || output < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    /** From OpenAI's usage, where prompt_tokens already includes the cached tokens. */
    public static TokenUsage fromOpenAi(long promptTokens, long cachedTokens, long completionTokens) {
        long cached = Math.min(cachedTokens, promptTokens);
        return new TokenUsage(promptTokens - cached, cached, 0, completionTokens);
    }

    /** Every prompt token, whatever it was billed as; what long-context tiers are judged on. */
    public long promptTokens() {
        return input + cachedInput + cacheWrite;
    }

    public long totalTokens() {
        return promptTokens() + output;
    }

    public TokenUsage plus(TokenUsage o) {
        return new TokenUsage(input + o.input, cachedInput + o.cachedInput, cacheWrite + o.cacheWrite, output + o.output);
    }
}
