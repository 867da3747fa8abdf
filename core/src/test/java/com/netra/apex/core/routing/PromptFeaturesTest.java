package com.netra.apex.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PromptFeaturesTest {

    private final PromptFeatures features = new PromptFeatures(16);

    @Test
    void hashingIsDeterministicAcrossInstances() {
        String prompt = "Statement 1 | Every group of order 15 is cyclic.\nA. True, True\nAnswer:";
        PromptFeatures.Vector a = features.of(prompt);
        PromptFeatures.Vector b = new PromptFeatures(16).of(prompt);
        assertThat(a.index()).containsExactly(b.index());
        assertThat(a.value()).containsExactly(b.value());
    }

    @Test
    void wordsAreCaseInsensitiveButTheirOrderMatters() {
        assertThat(hashed(features.of("Which Planet"))).containsExactlyInAnyOrder(hashed(features.of("which planet")));
        // Same unigrams, different bigram.
        int[] ab = hashed(features.of("planet which"));
        int[] ba = hashed(features.of("which planet"));
        assertThat(ab).hasSize(3);
        assertThat(Arrays.stream(ab).filter(i -> Arrays.stream(ba).anyMatch(j -> j == i)).count()).isEqualTo(2);
    }

    @Test
    void hashedPartIsUnitLengthAndShapeFeaturesFollowTheBuckets() {
        PromptFeatures.Vector v = features.of("What is 12 + 30?\nA. 42\nB. 24\nAnswer:");
        int shapeStart = v.index().length - PromptFeatures.SHAPE_FEATURES;
        double squares = 0;
        for (int k = 0; k < shapeStart; k++) {
            assertThat(v.index()[k]).isBetween(0, features.buckets() - 1);
            squares += v.value()[k] * v.value()[k];
        }
        assertThat(squares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Arrays.stream(v.index()).distinct().count()).isEqualTo(v.index().length);
        for (int k = 0; k < PromptFeatures.SHAPE_FEATURES; k++) {
            assertThat(v.index()[shapeStart + k]).isEqualTo(features.buckets() + k);
        }
        assertThat(v.value()[shapeStart + 1]).as("digit density").isGreaterThan(0);
        // What, is, 12, +, 30, ?, A, ., 42, B, ., 24, Answer, :
        assertThat(v.words()).isEqualTo(14);
    }

    @Test
    void anEmptyPromptHasOnlyShapeFeatures() {
        PromptFeatures.Vector v = features.of("");
        assertThat(v.index()).hasSize(PromptFeatures.SHAPE_FEATURES);
        assertThat(v.words()).isZero();
        assertThatThrownBy(() -> new PromptFeatures(30)).isInstanceOf(IllegalArgumentException.class);
    }

    private int[] hashed(PromptFeatures.Vector v) {
        return Arrays.copyOf(v.index(), v.index().length - PromptFeatures.SHAPE_FEATURES);
    }
}
