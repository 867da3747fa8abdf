package com.netra.apex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LshBandsTest {

    private static final int DIMENSIONS = 384;

    private static boolean shareABucket(LshBands lsh, float[] a, float[] b) {
        List<String> ka = lsh.bucketKeys(a);
        List<String> kb = lsh.bucketKeys(b);
        for (int i = 0; i < ka.size(); i++) {
            if (ka.get(i).equals(kb.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void oneBucketKeyPerBandNamedByBandAndBits() {
        List<String> keys = LshBands.standard(DIMENSIONS).bucketKeys(FakeEmbedder.random(DIMENSIONS, new Random(1)));

        assertThat(keys).hasSize(8);
        for (int b = 0; b < 8; b++) {
            assertThat(keys.get(b)).startsWith(b + ":");
            assertThat(Integer.parseInt(keys.get(b).substring(keys.get(b).indexOf(':') + 1), 16)).isBetween(0, 1023);
        }
    }

    @Test
    void everyInstanceHashesAlike() {
        float[] v = FakeEmbedder.random(DIMENSIONS, new Random(2));

        assertThat(LshBands.standard(DIMENSIONS).bucketKeys(v)).isEqualTo(LshBands.standard(DIMENSIONS).bucketKeys(v));
        assertThat(new LshBands(DIMENSIONS, 4, 6, 99).bucketKeys(v)).isEqualTo(new LshBands(DIMENSIONS, 4, 6, 99).bucketKeys(v));
    }

    @Test
    void anotherSeedDrawsOtherPlanes() {
        int differ = 0;
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            float[] v = FakeEmbedder.random(DIMENSIONS, random);
            differ += new LshBands(DIMENSIONS, 8, 10, 1).bucketKeys(v).equals(new LshBands(DIMENSIONS, 8, 10, 2).bucketKeys(v)) ? 0 : 1;
        }
        assertThat(differ).isEqualTo(20);
    }

    @Test
    void onlyTheDirectionMatters() {
        float[] v = FakeEmbedder.random(DIMENSIONS, new Random(4));
        float[] longer = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            longer[i] = v[i] * 3.5f;
        }
        LshBands lsh = LshBands.standard(DIMENSIONS);

        assertThat(lsh.bucketKeys(longer)).isEqualTo(lsh.bucketKeys(v));
    }

    @Test
    void nearVectorsShareABucketFarMoreOftenThanRandomOnes() {
        LshBands lsh = LshBands.standard(DIMENSIONS);
        Random random = new Random(5);
        int near = 0;
        int unrelated = 0;
        int trials = 500;
        for (int i = 0; i < trials; i++) {
            float[] v = FakeEmbedder.random(DIMENSIONS, random);
            near += shareABucket(lsh, v, FakeEmbedder.atCosine(v, 0.95, random)) ? 1 : 0;
            unrelated += shareABucket(lsh, v, FakeEmbedder.random(DIMENSIONS, random)) ? 1 : 0;
        }
        // At cosine 0.95 a band agrees with probability (1 - acos(0.95)/pi)^10 ≈ 0.36, so one of 8 bands ≈ 0.97;
        // at cosine ~0 a band agrees with probability 2^-10, so one of 8 ≈ 0.008.
        assertThat(near).isGreaterThan(trials * 9 / 10);
        assertThat(unrelated).isLessThan(trials / 20);
    }

    @Test
    void identicalVectorsAlwaysShareEveryBucket() {
        LshBands lsh = LshBands.standard(DIMENSIONS);
        float[] v = FakeEmbedder.random(DIMENSIONS, new Random(6));

        assertThat(lsh.bucketKeys(v.clone())).isEqualTo(lsh.bucketKeys(v));
    }

    @Test
    void aLayoutOutsideTheLimitsIsRejected() {
        assertThatThrownBy(() -> new LshBands(DIMENSIONS, 8, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LshBands(DIMENSIONS, 8, 31, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LshBands(DIMENSIONS, 0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LshBands(DIMENSIONS, 1, 30, 1).bucketKeys(FakeEmbedder.random(DIMENSIONS, new Random(7)))).hasSize(1);
    }
}
