package com.netra.apex.local.bench;

/**
 * Latency counts in fixed buckets: 1 µs wide up to 10 ms, 100 µs wide up to 1 s, 10 ms wide up to 100 s, then
 * one overflow bucket; the exact maximum is kept apart. One instance per thread (not thread-safe), merged at the end.
 */
public final class LatencyHistogram {

    /** Upper limit (exclusive, µs) and bucket width (µs) of each tier, finest first. */
    private static final long[][] TIERS = {{10_000, 1}, {1_000_000, 100}, {100_000_000, 10_000}};
    private static final int[] FIRST_BUCKET = new int[TIERS.length];
    private static final int BUCKETS;

    static {
        int n = 0;
        long from = 0;
        for (int t = 0; t < TIERS.length; t++) {
            FIRST_BUCKET[t] = n;
            n += (int) ((TIERS[t][0] - from) / TIERS[t][1]);
            from = TIERS[t][0];
        }
        BUCKETS = n + 1;
    }

    private final long[] counts = new long[BUCKETS];
    private long total;
    private long maxNanos;

    public void record(long nanos) {
        counts[bucket(Math.max(0, nanos / 1_000))]++;
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
        long from = 0;
        for (int t = 0; t < TIERS.length; t++) {
            if (us < TIERS[t][0]) {
                return FIRST_BUCKET[t] + (int) ((us - from) / TIERS[t][1]);
            }
            from = TIERS[t][0];
        }
        return BUCKETS - 1;
    }

    private static long lowerEdgeMicros(int bucket) {
        long from = 0;
        for (int t = 0; t < TIERS.length; t++) {
            int next = t + 1 < TIERS.length ? FIRST_BUCKET[t + 1] : BUCKETS - 1;
            if (bucket < next) {
                return from + (bucket - FIRST_BUCKET[t]) * TIERS[t][1];
            }
            from = TIERS[t][0];
        }
        return from;
    }
}
