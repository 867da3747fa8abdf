package com.netra.apex.core.cache;

import java.util.HashSet;
import java.util.Set;

/**
 * Names: capitalized words that are not capitalized merely by starting a sentence, acronyms and mixed-case
 * product names. Kept per token ("New York" gives "new" and "york"), so "New York" against "New Jersey" still
 * differs and a paraphrase that shortens "Hugging Face Hub" to "the Hub" shares what it kept.
 */
final class EntityMentions {

    private static final Set<String> STARTERS = load();
    private static final Set<String> NEVER = Set.of("i", "i'm", "i've", "i'd", "i'll", "ok", "okay");

    private EntityMentions() {
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String[] row : WordTable.rows("sentence-starters.txt")) {
            words.addAll(java.util.Arrays.asList(row));
        }
        return words;
    }

    /** Strong names go to {@code strong}; sentence-initial capitalized words that might be names go to {@code weak}. */
    static void collect(Words words, String masked, Set<String> strong, Set<String> weak) {
        for (int i = 0; i < words.size(); i++) {
            String raw = words.raw(i);
            if (!hasUpper(raw) || masked.charAt(words.start(i)) == ' ') {
                continue;                                    // lowercase, or part of a date
            }
            String name = normalize(words.lower(i));
            if (name.isEmpty() || NEVER.contains(name) || isDigits(name)) {
                continue;
            }
            if (distinctive(raw)) {
                strong.add(name);
            } else if (STARTERS.contains(name)) {
                continue;                                    // "Use", "Get", "Overview": headings, not names
            } else if (words.sentenceInitial(i)) {
                weak.add(name);
            } else {
                strong.add(name);
            }
        }
    }

    /** Internal capitals, digits or an all-caps acronym mark a name even where a sentence starts. */
    private static boolean distinctive(String raw) {
        boolean innerUpper = false;
        boolean digit = false;
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            innerUpper |= i > 0 && Character.isUpperCase(c) && Character.isLowerCase(raw.charAt(i - 1));
            digit |= Character.isDigit(c);
            upper += Character.isUpperCase(c) ? 1 : 0;
            letters += Character.isLetter(c) ? 1 : 0;
        }
        boolean acronym = upper >= 2 && upper == letters;
        return innerUpper || (digit && upper > 0) || acronym;
    }

    private static boolean hasUpper(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isUpperCase(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A lowercase token without its possessive: "stripe's" is "stripe". */
    static String normalize(String lower) {
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }
}
