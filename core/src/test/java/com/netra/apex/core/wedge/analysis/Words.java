package com.netra.apex.core.wedge.analysis;

import java.util.SplittableRandom;

/** Deterministic made-up words, so generated prompts are unrelated to each other and to the guard's word lists. */
final class Words {

    private static final String CONSONANTS = "bdfgklmprstvz";
    private static final String VOWELS = "aeiou";

    private final SplittableRandom random;

    Words(long seed) {
        random = new SplittableRandom(seed);
    }

    String word() {
        return syllable() + syllable() + syllable();
    }

    /** {@code n} words joined by single spaces: tidy text that lossless compression leaves alone. */
    String sentence(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(word());
        }
        return out.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String syllable() {
        return "" + CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))
                + VOWELS.charAt(random.nextInt(VOWELS.length()))
                + CONSONANTS.charAt(random.nextInt(CONSONANTS.length()));
    }
}
