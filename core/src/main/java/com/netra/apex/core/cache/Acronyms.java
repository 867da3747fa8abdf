package com.netra.apex.core.cache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Lets an acronym match its spelled-out words: "ML" and "Machine Learning", "RAM" and "Random Access Memory". */
final class Acronyms {

    private Acronyms() {
    }

    /**
     * Removes from {@code unmatched} each acronym whose letters start words the other prompt names, and removes
     * those words from {@code otherUnmatched}, so neither side counts the expansion as a new name.
     */
    static void absorb(List<String> unmatched, List<String> otherUnmatched, List<List<String>> otherNames) {
        List<String> explained = new ArrayList<>();
        for (String name : unmatched) {
            List<String> words = expansion(name, otherUnmatched, otherNames);
            if (words != null) {
                explained.add(name);
                otherUnmatched.removeAll(words);
            }
        }
        unmatched.removeAll(explained);
    }

    /** The words whose initials spell the acronym, preferring words the other side has not matched yet. */
    private static List<String> expansion(String acronym, List<String> preferred, List<List<String>> all) {
        if (acronym.length() < 2 || acronym.length() > 6 || !acronym.chars().allMatch(Character::isLetter)) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (char letter : acronym.toCharArray()) {
            String word = startingWith(letter, preferred, words);
            for (int i = 0; i < all.size() && word == null; i++) {
                word = startingWith(letter, all.get(i), words);
            }
            if (word == null || word.equals(acronym)) {
                return null;
            }
            words.add(word);
        }
        return words;
    }

    private static String startingWith(char letter, Collection<String> candidates, List<String> taken) {
        for (String word : candidates) {
            if (word.length() > 1 && word.charAt(0) == letter && !taken.contains(word)) {
                return word;
            }
        }
        return null;
    }
}
