package com.netra.apex.embeddings;

import com.netra.apex.core.cache.Embedder;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The {@link Embedder} on all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions) running inside this JVM:
 * no network call and no per-request fee on the hot path. Loading the model takes about a second, so
 * build one per process (at start, before a SnapStart snapshot).
 */
public final class MiniLmEmbedder implements Embedder {

    private static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String text) {
        return normalized(model.embed(text).content().vector());
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    /** The model already normalizes; doing it again makes unit length a guarantee, not an assumption. */
    private static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }
}
