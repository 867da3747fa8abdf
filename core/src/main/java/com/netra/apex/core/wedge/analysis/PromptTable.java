package com.netra.apex.core.wedge.analysis;

import java.util.Arrays;
import java.util.BitSet;

/**
 * What the near-duplicate search keeps per distinct prompt, in parallel primitive arrays: about 170
 * bytes a prompt (128 of them the signature), never the prompt's text. Row numbers are dense, in the
 * order prompts arrived; at most {@link #MAX_ROWS}, since the LSH sort packs a row number into 24 bits.
 */
final class PromptTable {

    static final int MAX_ROWS = 1 << 24;
    /** Signatures live in chunks, so growing never copies (or doubles) the largest array. */
    private static final int CHUNK_ROWS = 1 << 14;

    private long[] millis = new long[1024];
    private long[] costs = new long[1024];
    private long[] scopes = new long[1024];
    private int[] meanings = new int[1024];
    private int[] models = new int[1024];
    private int[] keys = new int[1024];
    private short[][] signatures = new short[16][];
    private final BitSet signed = new BitSet();
    private int size;

    boolean full() {
        return size >= MAX_ROWS;
    }

    /** A new prompt, not signed yet; its number. */
    int add(long atMillis, long costPicos, long scope, int model, int key) {
        if (size == millis.length) {
            grow();
        }
        millis[size] = atMillis;
        costs[size] = costPicos;
        scopes[size] = scope;
        models[size] = model;
        keys[size] = key;
        int chunk = size / CHUNK_ROWS;
        if (chunk == signatures.length) {
            signatures = Arrays.copyOf(signatures, chunk * 2);
        }
        if (signatures[chunk] == null) {
            signatures[chunk] = new short[CHUNK_ROWS * MinHash.HASHES];
        }
        return size++;
    }

    /** Stores the row's signature and meaning fingerprint id; only signed rows are searched. */
    void sign(int row, short[] signature, int meaning) {
        System.arraycopy(signature, 0, signatures[row / CHUNK_ROWS], offset(row), MinHash.HASHES);
        meanings[row] = meaning;
        signed.set(row);
    }

    int size() {
        return size;
    }

    boolean signed(int row) {
        return signed.get(row);
    }

    long millis(int row) {
        return millis[row];
    }

    long cost(int row) {
        return costs[row];
    }

    long scope(int row) {
        return scopes[row];
    }

    int meaning(int row) {
        return meanings[row];
    }

    int model(int row) {
        return models[row];
    }

    int key(int row) {
        return keys[row];
    }

    int agreements(int a, int b) {
        return MinHash.agreements(signatures[a / CHUNK_ROWS], offset(a), signatures[b / CHUNK_ROWS], offset(b));
    }

    /** The band's values packed into one long: four 16-bit values make the band's bucket key. */
    long band(int row, int band, int rowsPerBand) {
        short[] chunk = signatures[row / CHUNK_ROWS];
        int at = offset(row) + band * rowsPerBand;
        long v = 0;
        for (int k = 0; k < rowsPerBand; k++) {
            v = (v << 16) | (chunk[at + k] & 0xFFFF);
        }
        return v;
    }

    private static int offset(int row) {
        return (row % CHUNK_ROWS) * MinHash.HASHES;
    }

    private void grow() {
        int n = millis.length * 2;
        millis = Arrays.copyOf(millis, n);
        costs = Arrays.copyOf(costs, n);
        scopes = Arrays.copyOf(scopes, n);
        meanings = Arrays.copyOf(meanings, n);
        models = Arrays.copyOf(models, n);
        keys = Arrays.copyOf(keys, n);
    }
}
