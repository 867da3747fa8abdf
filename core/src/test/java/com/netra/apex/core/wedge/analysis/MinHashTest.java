package com.netra.apex.core.wedge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

    private static int agreements(String a, String b) {
        return MinHash.agreements(MinHash.signature(a, 0), 0, MinHash.signature(b, 0), 0);
    }

    @Test
    void caseSpacingAndPunctuationDoNotCount() {
        assertThat(agreements("Where is my parcel, please?", "where  is my PARCEL please")).isEqualTo(64);
    }

    @Test
    void estimatesJaccardWithinItsStandardError() {
        Words words = new Words(1);
        String text = words.sentence(100);
        // one word replaced in the middle: 3 of 98 shingles differ on each side, Jaccard 95/101 = 0.94
        String[] parts = text.split(" ");
        parts[50] = "zzzqqq";
        int same = agreements(text, String.join(" ", parts));

        assertThat(same / 64.0).isBetween(0.94 - 0.09, 1.0);
        assertThat(agreements(text, words.sentence(100))).isLessThan(6); // unrelated: Jaccard ~0
    }

    @Test
    void shortPromptsAreOneShingleAndEmptyOnesHaveNoSignature() {
        assertThat(agreements("hello", "Hello!")).isEqualTo(64);
        assertThat(agreements("hello there", "hello world")).isLessThan(6);
        assertThat(MinHash.signature(" ?! ", 0)).isNull();
    }

    @Test
    void signsOnlyFromTheGivenOffset() {
        short[] tail = MinHash.signature("SYSTEM PROMPT HERE. where is my parcel", 19);
        assertThat(MinHash.agreements(tail, 0, MinHash.signature("where is my parcel", 0), 0)).isEqualTo(64);
    }
}
