package com.netra.apex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantizedVectorTest {

    private static final int DIMENSIONS = 384;

    @Test
    void oneBytePerDimension() {
        assertThat(QuantizedVector.encode(FakeEmbedder.random(DIMENSIONS, new Random(1)))).hasSize(DIMENSIONS);
    }

    @Test
    void componentsAreScaledTo127AndClamped() {
        byte[] q = QuantizedVector.encode(new float[] {1f, -1f, 0f, 0.5f, 1.2f, -3f, 0.004f});

        assertThat(q).containsExactly(127, -127, 0, 64, 127, -127, 1);
    }

    @Test
    void theCosineIsWithinOneHundredthOfTheFloatCosine() {
        Random random = new Random(2);
        double worst = 0;
        for (int i = 0; i < 300; i++) {
            float[] stored = FakeEmbedder.random(DIMENSIONS, random);
            double target = new double[] {0.99, 0.95, 0.9, 0.8, 0.5, 0.0, -0.5}[i % 7];
            float[] query = FakeEmbedder.atCosine(stored, target, random);

            double exact = FakeEmbedder.cosine(query, stored);
            double quantized = QuantizedVector.cosine(query, QuantizedVector.encode(stored));
            worst = Math.max(worst, Math.abs(quantized - exact));
            assertThat(quantized).isCloseTo(exact, within(0.01));
        }
        assertThat(worst).isGreaterThan(0); // rounding does lose something, so the check above had work to do
    }

    @Test
    void aVectorIsAlmostExactlySimilarToItsOwnQuantization() {
        float[] v = FakeEmbedder.random(DIMENSIONS, new Random(3));

        assertThat(QuantizedVector.cosine(v, QuantizedVector.encode(v))).isCloseTo(1.0, within(0.001));
    }

    @Test
    void anAllZeroStoredVectorIsSimilarToNothing() {
        assertThat(QuantizedVector.cosine(FakeEmbedder.random(8, new Random(6)), new byte[8])).isZero();
    }
}
