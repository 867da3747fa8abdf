package com.netra.apex.core.resilience;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter, honouring a provider's Retry-After up to a cap. */
public record Backoff(Duration base, Duration cap) {

    public static Backoff defaults() {
        return new Backoff(Duration.ofMillis(100), Duration.ofSeconds(4));
    }

    /** The pause before retry number {@code attempt} (1-based). */
    public Duration delay(int attempt, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            return retryAfter.compareTo(cap) > 0 ? cap : retryAfter;
        }
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(Math.max(attempt, 1) - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** Whether an upstream status is worth retrying: rate limits and server errors. */
    public static boolean retryable(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }
}
