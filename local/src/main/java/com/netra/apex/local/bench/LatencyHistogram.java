package com.netra.apex.local.bench;

/**
 * Latency counts in fixed buckets: 1 µs wide up to 10 ms, then 100 µs wide up to 1 s, then one overflow
 * bucket; the exact maximum is kept apart. One instance per thread (not thread-safe), merged at the end.
 */
public final class LatencyHistogram {

    private static final int FINE_LIMIT_US = 10_000;
    private static final int COARSE_WIDTH_US = 100;
    private static final int COARSE_LIMIT_US = 1_000_000;
    private static final int BUCKETS = FINE_LIMIT_US + (COARSE_LIMIT_US - FINE_LIMIT_US) / COARSE_WIDTH_US + 1;

    private final long[] counts = new long[BUCKETS];
    private long total;
    private long maxNanos;

    public void record(long nanos) {
        long us = Math.max(0, nanos / 1_000);
        counts[bucket(us)]++;
        total++;
        maxNanos = Math.max(maxNanos, nanos);
    }

    public void merge(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        maxNanos = Math.max(maxNanos, other.maxNanos);
    }

    public long count() {
        return total;
    }

    public long maxMicros() {
        return maxNanos / 1_000;
    }

    /** The latency in µs that {@code percentile}% of samples did not exceed (bucket's lower edge); 0 when empty. */
    public long percentileMicros(double percentile) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(total * percentile / 100.0));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(lowerEdgeMicros(i), maxMicros());
            }
        }
        return maxMicros();
    }

    private static int bucket(long us) {
        if (us < FINE_LIMIT_US) {
            return (int) us;
        }
        if (us < COARSE_LIMIT_US) {
            return FINE_LIMIT_US + (int) ((us - FINE_LIMIT_US) / COARSE_WIDTH_US);
        }
        return BUCKETS - 1;
    }

    private static long lowerEdgeMicros(int bucket) {
        if (bucket < FINE_LIMIT_US) {
            return bucket;
        }
        if (bucket == BUCKETS - 1) {
            return COARSE_LIMIT_US;
        }
        return FINE_LIMIT_US + (long) (bucket - FINE_LIMIT_US) * COARSE_WIDTH_US;
    }
}
