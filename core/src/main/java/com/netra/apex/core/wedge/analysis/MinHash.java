package com.netra.apex.core.wedge.analysis;

import java.util.SplittableRandom;

/**
 * MinHash signatures over 3-word shingles: two prompts agree on each of the {@link #HASHES} values with
 * probability equal to the Jaccard similarity of their shingle sets, so the share of equal values
 * estimates it (standard error sqrt(J(1-J)/64), 0.05 at J = 0.8).
 *
 * <p>Words are runs of letters and digits, lowercased, so punctuation, case and spacing do not count.
 * A prompt of one or two words is a single shingle. Each value keeps only its low 16 bits ("b-bit
 * MinHash"): unequal minima then agree by chance with probability 1/65536, which shifts the estimate
 * by less than 0.0001 and halves the memory. Thread-safe.
 */
final class MinHash {

    static final int HASHES = 64;
    private static final int SHINGLE = 3;
    private static final int[] MULTIPLIERS = new int[HASHES];
    private static final int[] ADDENDS = new int[HASHES];

    static {
        SplittableRandom random = new SplittableRandom(0x5EED_5A1E5L); // fixed: signatures must be comparable across runs
        for (int k = 0; k < HASHES; k++) {
            MULTIPLIERS[k] = random.nextInt() | 1;
            ADDENDS[k] = random.nextInt();
        }
    }

    private MinHash() {
    }

    /** The signature of {@code text} from character {@code from} on; null when that part has no words. */
    static short[] signature(String text, int from) {
        int[] minima = new int[HASHES];
        java.util.Arrays.fill(minima, Integer.MAX_VALUE);
        long w1 = 0;
        long w2 = 0;
        int words = 0;
        int i = from;
        int n = text.length();
        while (i < n) {
            while (i < n && !wordChar(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            long word = 0xcbf29ce484222325L;
            for (char c; i < n && wordChar(c = text.charAt(i)); i++) {
                word = (word ^ lower(c)) * 0x100000001b3L;
            }
            words++;
            if (words >= SHINGLE) {
                offer(minima, shingle(w1, w2, word));
            }
            w1 = w2;
            w2 = word;
        }
        if (words == 0) {
            return null;
        }
        if (words < SHINGLE) {
            offer(minima, shingle(0, w1, w2));
        }
        short[] signature = new short[HASHES];
        for (int k = 0; k < HASHES; k++) {
            signature[k] = (short) minima[k];
        }
        return signature;
    }

    /** How many of the two signatures' values agree: the Jaccard estimate is this over {@link #HASHES}. */
    static int agreements(short[] a, int aOffset, short[] b, int bOffset) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[aOffset + k] == b[bOffset + k]) {
                same++;
            }
        }
        return same;
    }

    /** ASCII answered by arithmetic, the rest by the Unicode tables: prompts are mostly ASCII. */
    private static boolean wordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static long shingle(long first, long second, long third) {
        return Hash64.mix(first ^ Long.rotateLeft(second, 21) ^ Long.rotateLeft(third, 42));
    }

    /**
     * One 32-bit multiply-add per hash function: with an odd multiplier each is a permutation of the
     * (already well-mixed) shingle hashes, and the loop is branch-free so the JIT vectorizes it.
     */
    private static void offer(int[] minima, long shingle) {
        int x = (int) (shingle ^ (shingle >>> 32));
        for (int k = 0; k < HASHES; k++) {
            minima[k] = Math.min(minima[k], x * MULTIPLIERS[k] + ADDENDS[k]);
        }
    }
}
