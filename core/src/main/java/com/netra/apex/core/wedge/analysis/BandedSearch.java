package com.netra.apex.core.wedge.analysis;

import java.util.Arrays;

/**
 * Locality-sensitive hashing over the stored signatures: the 64 values are cut into 16 bands of 4, and
 * prompts whose band values (and scope) agree in any band become candidates. A pair at Jaccard 0.8 is a
 * candidate with probability 1 - (1 - 0.8^4)^16 = 0.9998; at 0.5 with 0.64; at 0.3 with 0.12.
 *
 * <p>Each band is one sort of a million longs (bucket hash in the high 40 bits, row number in the low
 * 24), not a hash map of lists. Within a bucket each row is compared with at most {@link #COMPARED}
 * earlier members, and rows already in one cluster are not compared again, so a bucket of a hundred
 * thousand copies of one template costs linear, not quadratic, work.
 */
final class BandedSearch {

    static final int BANDS = 16;
    static final int ROWS_PER_BAND = MinHash.HASHES / BANDS;
    static final int COMPARED = 8;
    private static final long ROW_BITS = 24;
    private static final long ROW_MASK = (1L << ROW_BITS) - 1;

    /** Decides whether two candidate rows are near-duplicates; may remember refusals. */
    interface Judge {
        boolean near(int earlier, int later);
    }

    private BandedSearch() {
    }

    /** Joins every pair of signed rows the judge accepts among the candidates. */
    static Clusters cluster(PromptTable table, Judge judge) {
        Clusters clusters = new Clusters(table.size());
        long[] keys = new long[table.size()];
        for (int band = 0; band < BANDS; band++) {
            int n = bucketKeys(table, band, keys);
            Arrays.parallelSort(keys, 0, n);
            compareWithinBuckets(keys, n, clusters, judge);
        }
        return clusters;
    }

    private static int bucketKeys(PromptTable table, int band, long[] keys) {
        int n = 0;
        for (int row = 0; row < table.size(); row++) {
            if (table.signed(row)) {
                keys[n++] = (bucket(table, row, band) & ~ROW_MASK) | row;
            }
        }
        return n;
    }

    /** The row's bucket in one band: its band values within its scope, so scopes never share a bucket. */
    static long bucket(PromptTable table, int row, int band) {
        return Hash64.mix(table.band(row, band, ROWS_PER_BAND) ^ Hash64.mix(table.scope(row) + band));
    }

    private static void compareWithinBuckets(long[] keys, int n, Clusters clusters, Judge judge) {
        int start = 0;
        while (start < n) {
            long bucket = keys[start] & ~ROW_MASK;
            int end = start + 1;
            while (end < n && (keys[end] & ~ROW_MASK) == bucket) {
                end++;
            }
            for (int i = start + 1; i < end; i++) {
                int later = (int) (keys[i] & ROW_MASK);
                for (int j = start; j < Math.min(i, start + COMPARED); j++) {
                    int earlier = (int) (keys[j] & ROW_MASK);
                    if (!clusters.together(earlier, later) && judge.near(earlier, later)) {
                        clusters.join(earlier, later);
                    }
                }
            }
            start = end;
        }
    }
}
