package com.netra.apex.core.cache;

import java.util.HashSet;
import java.util.Set;

/**
 * Every word some word-level extractor reacts to, looked up once per token by {@link Words}: most words of a
 * prompt are in no table, and one failed lookup then replaces one per extractor.
 */
final class Lexicon {

    private static final Set<String> WORDS = load();

    private Lexicon() {
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        words.addAll(DateMentions.vocabulary());
        words.addAll(NumberWords.vocabulary());
        words.addAll(Negations.vocabulary());
        words.addAll(PolarityWords.vocabulary());
        return words;
    }

    static boolean contains(String lowerWord) {
        return WORDS.contains(lowerWord);
    }
}
