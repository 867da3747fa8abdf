package com.netra.apex.core.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Locality-sensitive hashing by random hyperplanes: each band of {@code bitsPerBand} sign bits names a
 * bucket, and two vectors at cosine c share a band's bucket with probability (1 - acos(c)/pi)^bits. A
 * lookup reads only the query's buckets, so its cost does not grow with the number of entries.
 * The planes come from a fixed seed: every gateway instance must hash alike (and SnapStart clones agree).
 */
public final class LshBands {

    private final int bands;
    private final int bitsPerBand;
    private final float[][] planes;

    public LshBands(int dimensions, int bands, int bitsPerBand, long seed) {
        if (bitsPerBand < 1 || bitsPerBand > 30 || bands < 1) {
            throw new IllegalArgumentException("need 1-30 bits per band and at least one band");
        }
        this.bands = bands;
        this.bitsPerBand = bitsPerBand;
        this.planes = new float[bands * bitsPerBand][dimensions];
        Random random = new Random(seed);
        for (float[] plane : planes) {
            for (int i = 0; i < dimensions; i++) {
                plane[i] = (float) random.nextGaussian();
            }
        }
    }

    /** The default layout: 8 bands of 10 bits. */
    public static LshBands standard(int dimensions) {
        return new LshBands(dimensions, 8, 10, 0x5EED_CAC4EL);
    }

    /** One bucket key per band, e.g. {@code "3:2a7"}. */
    public List<String> bucketKeys(float[] vector) {
        List<String> keys = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            int bits = 0;
            for (int j = 0; j < bitsPerBand; j++) {
                bits = (bits << 1) | (dot(planes[b * bitsPerBand + j], vector) >= 0 ? 1 : 0);
            }
            keys.add(b + ":" + Integer.toHexString(bits));
        }
        return keys;
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
