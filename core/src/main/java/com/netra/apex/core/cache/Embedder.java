package com.netra.apex.core.cache;

/** Port: turns text into a unit-length sentence embedding, in process (no network on the hot path). */
public interface Embedder {

    /** A unit-length vector; the same text always yields the same vector. */
    float[] embed(String text);

    /** The length of every vector this embedder returns. */
    int dimensions();
}
