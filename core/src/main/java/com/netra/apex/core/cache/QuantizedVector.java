package com.netra.apex.core.cache;

/**
 * A unit vector stored as one signed byte per dimension (384 bytes for MiniLM instead of 1,536), which
 * keeps index items small and cheap to read; the cosine re-check loses well under 0.01 to rounding.
 */
public final class QuantizedVector {

    private QuantizedVector() {
    }

    public static byte[] encode(float[] unit) {
        byte[] out = new byte[unit.length];
        for (int i = 0; i < unit.length; i++) {
            out[i] = (byte) Math.max(-127, Math.min(127, Math.round(unit[i] * 127f)));
        }
        return out;
    }

    /** Cosine similarity between two stored vectors. */
    public static double cosine(byte[] a, byte[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Cosine similarity between a unit query vector and a stored one. */
    public static double cosine(float[] query, byte[] stored) {
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < query.length; i++) {
            double s = stored[i];
            dot += query[i] * s;
            norm += s * s;
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }
}
