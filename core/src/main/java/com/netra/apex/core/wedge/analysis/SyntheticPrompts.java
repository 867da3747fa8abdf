package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.wedge.LogRow;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic prompts for {@link NearDuplicateBenchmark}, generated one row at a time (a million rows
 * are never held). Of every hundred rows about 80 are new prompts of 60 to 100 made-up words with an
 * order number, 10 are near-duplicates of a recent prompt (one word replaced, Jaccard about 0.9), 3 are
 * a recent prompt with another order number (which must not count), and 7 repeat a recent prompt exactly.
 * Made-up words (consonant-vowel-consonant syllables) keep unrelated prompts dissimilar and stay clear
 * of the meaning guard's word lists.
 */
final class SyntheticPrompts implements Iterator<LogRow> {

    private static final String CONSONANTS = "bdfgklmprstvz";
    private static final String VOWELS = "aeiou";
    private static final int VOCABULARY = 4096;
    private static final int RECENT = 1024;

    private final SplittableRandom random;
    private final String[] words = new String[VOCABULARY];
    private final String[][] recent = new String[RECENT][];
    private final int rows;
    private int made;
    private int bases;
    long plantedNear;
    long plantedNumberChanges;
    long plantedExact;

    SyntheticPrompts(int rows, long seed) {
        this.rows = rows;
        this.random = new SplittableRandom(seed);
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = syllable() + syllable() + (i % 3 == 0 ? syllable() : "");
        }
    }

    @Override
    public boolean hasNext() {
        return made < rows;
    }

    @Override
    public LogRow next() {
        int dice = bases == 0 ? 0 : random.nextInt(100);
        String[] prompt;
        if (dice < 80) {
            prompt = base();
        } else {
            String[] original = recent[random.nextInt(Math.min(bases, RECENT))];
            prompt = original.clone();
            if (dice < 90) {
                prompt[random.nextInt(prompt.length - 2)] = words[random.nextInt(VOCABULARY)];
                plantedNear++;
            } else if (dice < 93) {
                prompt[prompt.length - 1] = Integer.toString(10_000 + random.nextInt(90_000));
                plantedNumberChanges++;
            } else {
                plantedExact++; // the same text, so the same prompt hash
            }
        }
        return row(String.join(" ", prompt));
    }

    private String[] base() {
        int n = 60 + random.nextInt(41);
        String[] prompt = new String[n + 2];
        for (int i = 0; i < n; i++) {
            prompt[i] = words[random.nextInt(VOCABULARY)];
        }
        prompt[n] = "order";
        prompt[n + 1] = Integer.toString(10_000 + random.nextInt(90_000));
        recent[bases++ % RECENT] = prompt;
        return prompt;
    }

    private LogRow row(String text) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(made++ * 2L);
        return new LogRow("r" + made, "bench", at, "synthetic", "openai", "gpt-4o-mini", "key-1", List.of(),
                500, 0, 0, 200, null, text, Long.toHexString(Hash64.of(text)), null, 0, 900, 200, false);
    }

    private String syllable() {
        return "" + CONSONANTS.charAt(random.nextInt(CONSONANTS.length())) + VOWELS.charAt(random.nextInt(VOWELS.length()))
                + CONSONANTS.charAt(random.nextInt(CONSONANTS.length()));
    }
}
