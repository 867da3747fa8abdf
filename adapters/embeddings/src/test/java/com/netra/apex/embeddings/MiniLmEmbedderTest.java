package com.netra.apex.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();

    @Test
    void vectorsAreUnitLengthAndDeterministic() {
        float[] a = EMBEDDER.embed("How do I reset my password?");
        assertThat(a).hasSize(EMBEDDER.dimensions());
        assertThat(dot(a, a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(EMBEDDER.embed("How do I reset my password?")).containsExactly(a);
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedText() {
        float[] q = EMBEDDER.embed("How do I reset my password?");
        float[] paraphrase = EMBEDDER.embed("What are the steps to reset my password?");
        float[] unrelated = EMBEDDER.embed("What is the boiling point of water at sea level?");
        assertThat(dot(q, paraphrase)).isGreaterThan(0.8).isGreaterThan(dot(q, unrelated) + 0.3);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
