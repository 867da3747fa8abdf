package com.netra.apex.core.usage;

import com.netra.apex.core.pricing.Cost;
import java.time.Instant;

/**
 * One metered request: exactly one per request the gateway accepted, streamed or not.
 *
 * @param status           the HTTP status returned to the caller
 * @param latencyMillis    from request received to response finished
 * @param firstTokenMillis time to first token for streams, -1 when not streamed or nothing arrived
 * @param outcome          completed, client_disconnected, upstream_error, rejected
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
        String cacheStatus) {

    public static final String COMPLETED = "completed";
    public static final String CLIENT_DISCONNECTED = "client_disconnected";
    public static final String UPSTREAM_ERROR = "upstream_error";
    /** Refused before any provider was called: malformed JSON, unknown model, ... */
    public static final String REJECTED = "rejected";
}
