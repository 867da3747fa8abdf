package com.netra.apex.core.routing;

import java.util.Arrays;

/**
 * Turns prompt text into a sparse vector: hashed word unigrams and bigrams (presence, scaled to unit
 * length) followed by a few dense shape features. Words hash straight from the characters, without
 * building strings, so a 2 KB prompt is featurised in microseconds.
 */
public final class PromptFeatures {

    /** Dense features after the hashed buckets: length, digits, math, LaTeX/code, lines, stem share. */
    public static final int SHAPE_FEATURES = 6;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long BIGRAM_SALT = 0x9e3779b97f4a7c15L;

    /** A sparse feature vector; {@code words} estimates the prompt's token count. */
    public record Vector(int[] index, double[] value, int words) {
    }

    private final int bucketBits;

    public PromptFeatures(int bucketBits) {
        if (bucketBits < 8 || bucketBits > 24) {
            throw new IllegalArgumentException("bucket bits must be 8..24, got " + bucketBits);
        }
        this.bucketBits = bucketBits;
    }

    public int buckets() {
        return 1 << bucketBits;
    }

    /** Length of every vector: the buckets plus the shape features. */
    public int dimensions() {
        return buckets() + SHAPE_FEATURES;
    }

    public Vector of(String prompt) {
        int[] hashed = new int[2 * prompt.length() + 2];
        int n = 0;
        int words = 0;
        long previous = 0;
        int i = 0;
        while (i < prompt.length()) {
            if (Character.isWhitespace(prompt.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(prompt, i);
            long word = hashWord(prompt, i, end);
            hashed[n++] = bucket(word);
            if (words > 0) {
                hashed[n++] = bucket(previous * 31 + word + BIGRAM_SALT);
            }
            previous = word;
            words++;
            i = end;
        }
        return assemble(hashed, n, words, prompt);
    }

    /** A word is a run of letters or of digits; any other visible character stands alone. */
    private static int wordEnd(String s, int start) {
        char first = s.charAt(start);
        int end = start + 1;
        if (Character.isLetter(first)) {
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
        } else if (Character.isDigit(first)) {
            while (end < s.length() && Character.isDigit(s.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    private static long hashWord(String s, int start, int end) {
        long h = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            h = (h ^ lower(s.charAt(i))) * FNV_PRIME;
        }
        return h;
    }

    /** ASCII fast path: most prompt characters are ASCII and the general lookup is slower. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** Finalises a hash (splitmix64) so nearby inputs spread over all buckets. */
    private int bucket(long h) {
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return (int) (h >>> (64 - bucketBits));
    }

    private Vector assemble(int[] hashed, int n, int words, String prompt) {
        int distinct = dedupe(hashed, n);
        int[] index = Arrays.copyOf(hashed, distinct + SHAPE_FEATURES);
        double[] value = new double[distinct + SHAPE_FEATURES];
        // Unit length over the words, so a long passage does not outvote a short question.
        Arrays.fill(value, 0, distinct, distinct == 0 ? 0 : 1 / Math.sqrt(distinct));
        double[] shape = shape(prompt);
        for (int k = 0; k < SHAPE_FEATURES; k++) {
            index[distinct + k] = buckets() + k;
            value[distinct + k] = shape[k];
        }
        return new Vector(index, value, words);
    }

    /**
     * Moves the distinct buckets, in first-seen order, to the front of {@code hashed}; returns how many.
     * An open-addressing set, because sorting a long prompt's features costs more than scoring it.
     */
    private static int dedupe(int[] hashed, int n) {
        int[] seen = new int[Integer.highestOneBit(Math.max(n, 8)) << 2];
        int mask = seen.length - 1;
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            int bucket = hashed[i];
            int slot = (bucket * 0x9E3779B1) & mask;
            while (seen[slot] != 0 && seen[slot] != bucket + 1) {
                slot = (slot + 1) & mask;
            }
            if (seen[slot] == 0) {
                seen[slot] = bucket + 1;
                hashed[distinct++] = bucket;
            }
        }
        return distinct;
    }

    /** Shape cues the words miss: arithmetic and notation make questions hard for the weak model. */
    private static double[] shape(String p) {
        int len = Math.max(p.length(), 1);
        int digits = 0;
        int math = 0;
        int lines = 0;
        boolean notation = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            digits += Character.isDigit(c) ? 1 : 0;
            math += isMath(c) ? 1 : 0;
            lines += c == '\n' ? 1 : 0;
            notation |= c == '\\' || c == '$' || c == '{' || c == ';';
        }
        int stem = p.indexOf("\nA.");
        return new double[] {
            Math.log1p(p.length()) / 8,
            5.0 * digits / len,
            10.0 * math / len,
            notation ? 1 : 0,
            Math.min(lines / 20.0, 1),
            stem < 0 ? 1 : (double) stem / len,
        };
    }

    private static boolean isMath(char c) {
        return switch (c) {
            case '+', '-', '*', '/', '=', '^', '<', '>', '%' -> true;
            default -> false;
        };
    }
}
