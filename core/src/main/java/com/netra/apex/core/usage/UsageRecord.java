package com.netra.apex.core.usage;

import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.savings.Savings;
import java.time.Instant;

/**
 * One metered request: exactly one per request the gateway accepted, streamed or not.
 *
 * @param status           the HTTP status returned to the caller
 * @param latencyMillis    from request received to response finished
 * @param firstTokenMillis time to first token for streams, -1 when not streamed or nothing arrived
 * @param outcome          completed, client_disconnected, upstream_error, rejected
 * @param cacheStatus      none, exact, semantic (a hit served from Apex's cache), or bypass
 * @param savings          the baseline cost without Apex and the saving by cause
 * @param holdout          true when the request was drawn into the tenant's holdout and not optimized
 */
public record UsageRecord(
        String requestId,
        String tenantId,
        String keyId,
        Instant receivedAt,
        String endpoint,
        String provider,
        String requestedModel,
        String servedModel,
        boolean streamed,
        TokenUsage tokens,
        Cost cost,
        int status,
        String outcome,
        long latencyMillis,
        long firstTokenMillis,
        String cacheStatus,
        Savings savings,
        boolean holdout) {

    /** A record with no optimization applied: its baseline is its actual cost. */
    public UsageRecord(String requestId, String tenantId, String keyId, Instant receivedAt, String endpoint,
                       String provider, String requestedModel, String servedModel, boolean streamed,
                       TokenUsage tokens, Cost cost, int status, String outcome, long latencyMillis,
                       long firstTokenMillis, String cacheStatus) {
        this(requestId, tenantId, keyId, receivedAt, endpoint, provider, requestedModel, servedModel, streamed,
                tokens, cost, status, outcome, latencyMillis, firstTokenMillis, cacheStatus, Savings.none(cost), false);
    }

    public static final String COMPLETED = "completed";
    public static final String CLIENT_DISCONNECTED = "client_disconnected";
    public static final String UPSTREAM_ERROR = "upstream_error";
    /** Refused before any provider was called: malformed JSON, unknown model, ... */
    public static final String REJECTED = "rejected";
}
