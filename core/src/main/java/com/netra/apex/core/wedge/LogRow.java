package com.netra.apex.core.wedge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One LLM call from a customer's own logs, normalized across log formats: what the Wedge stores (as
 * Parquet, partitioned by tenant and day) and analyses.
 *
 * @param rowId          stable identity of the call (the log's request id, else a hash of its source line),
 *                       so re-ingesting the same file never counts a call twice
 * @param tenantId       the tenant the logs were ingested for (never taken from the file itself)
 * @param source         the detected format, e.g. "openai_jsonl", "litellm_spend", "apex_usage"
 * @param provider       "openai", "anthropic", ... from the log or inferred from the model name; "unknown" if neither
 * @param keyId          the API key, user or project the log attributes the call to; null if unknown
 * @param tags           the log's tags/metadata labels; empty if none
 * @param inputTokens    input tokens billed at the full input price: cached and cache-write tokens excluded,
 *                       as in {@link com.netra.apex.core.usage.TokenUsage}
 * @param cachedInputTokens input tokens read from the provider's prompt cache
 * @param cacheWriteTokens  input tokens written to the provider's prompt cache
 * @param costUsd        the cost the log itself states, or null (then it is priced from the price table)
 * @param promptText     the prompt as text (system and messages joined), or null when the format has none
 * @param promptHash     SHA-256 of the canonical request (model, messages, parameters): equal hashes are exact duplicates; null without a prompt
 * @param prefixHash     SHA-256 of the stable prefix (tools + system prompt), for missed prompt caching; null if none
 * @param prefixTokens   tokens in that prefix (o200k estimate), 0 if none
 * @param latencyMillis  from request to response when the log says, else 0
 * @param status         the HTTP status the log records; 200 when it records none
 * @param batch          true when the call went through a provider's batch API (already discounted)
 * @param requests       how many calls the row stands for: 1 for a logged request; a provider's aggregate
 *                       usage export rolls many into one row (its request count; 0 for a cost line item
 *                       that states none), so counts of calls sum this rather than count rows
 */
public record LogRow(
        String rowId,
        String tenantId,
        Instant timestamp,
        String source,
        String provider,
        String model,
        String keyId,
        List<String> tags,
        long inputTokens,
        long cachedInputTokens,
        long cacheWriteTokens,
        long outputTokens,
        BigDecimal costUsd,
        String promptText,
        String promptHash,
        String prefixHash,
        long prefixTokens,
        long latencyMillis,
        int status,
        boolean batch,
        long requests) {

    public LogRow {
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (requests < 0) {
            throw new IllegalArgumentException("requests must not be negative");
        }
    }

    /** One logged call ({@code requests} = 1), the common case. */
    public LogRow(String rowId, String tenantId, Instant timestamp, String source, String provider, String model,
                  String keyId, List<String> tags, long inputTokens, long cachedInputTokens, long cacheWriteTokens,
                  long outputTokens, BigDecimal costUsd, String promptText, String promptHash, String prefixHash,
                  long prefixTokens, long latencyMillis, int status, boolean batch) {
        this(rowId, tenantId, timestamp, source, provider, model, keyId, tags, inputTokens, cachedInputTokens,
                cacheWriteTokens, outputTokens, costUsd, promptText, promptHash, prefixHash, prefixTokens,
                latencyMillis, status, batch, 1);
    }
}
