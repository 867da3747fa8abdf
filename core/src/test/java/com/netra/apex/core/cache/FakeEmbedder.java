package com.netra.apex.core.cache;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link Embedder} whose vectors the test controls: a text set with {@link #set} gets that vector,
 * any other text a random unit vector seeded by the text, so unrelated texts are far apart.
 */
final class FakeEmbedder implements Embedder {

    private final int dimensions;
    private final Map<String, float[]> fixed = new ConcurrentHashMap<>();

    FakeEmbedder(int dimensions) {
        this.dimensions = dimensions;
    }

    void set(String text, float[] vector) {
        fixed.put(text, unit(vector));
    }

    @Override
    public float[] embed(String text) {
        float[] v = fixed.get(text);
        return v != null ? v.clone() : random(dimensions, new Random(text.hashCode()));
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    static float[] random(int dimensions, Random random) {
        float[] v = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return unit(v);
    }

    /** {@code base} turned towards a random direction so that its cosine with {@code base} is {@code cosine}. */
    static float[] atCosine(float[] base, double cosine, Random random) {
        float[] u = unit(base);
        float[] r = random(u.length, random);
        double dot = 0;
        for (int i = 0; i < u.length; i++) {
            dot += r[i] * u[i];
        }
        float[] orth = new float[u.length];
        for (int i = 0; i < u.length; i++) {
            orth[i] = (float) (r[i] - dot * u[i]);
        }
        orth = unit(orth);
        double sine = Math.sqrt(1 - cosine * cosine);
        float[] out = new float[u.length];
        for (int i = 0; i < u.length; i++) {
            out[i] = (float) (cosine * u[i] + sine * orth[i]);
        }
        return unit(out);
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(norm));
        }
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
