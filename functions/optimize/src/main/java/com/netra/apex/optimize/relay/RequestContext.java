package com.netra.apex.optimize.relay;

import com.netra.apex.core.tenancy.Principal;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** One request as it passes through the gateway: who sent it, when, and what it asked for. */
public record RequestContext(
        Principal principal,
        String requestId,
        String endpoint,
        String requestedModel,
        boolean streamed,
        Instant receivedAt,
        long startNanos) {

    public static RequestContext start(Principal principal, String endpoint, String model, boolean streamed, Instant now) {
        return new RequestContext(principal, newRequestId(), endpoint, model, streamed, now, System.nanoTime());
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Request ids are for correlation, not secrecy, so a fast non-cryptographic source is enough. */
    private static String newRequestId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "req_" + Long.toHexString(r.nextLong() | Long.MIN_VALUE) + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
    }
}
