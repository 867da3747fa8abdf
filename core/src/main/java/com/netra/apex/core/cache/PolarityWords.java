package com.netra.apex.core.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Members of closed word classes that exclude each other (increase/decrease, before/after, buy/sell, Python/Java),
 * read from polarity-words.txt and reported as "class:member" labels.
 */
final class PolarityWords {

    private static final Map<String, List<String>> LABELS = load();
    /** First words of listed phrases, so a bigram is only built where a phrase can start. */
    private static final Set<String> PHRASE_HEADS = heads();

    private PolarityWords() {
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> explicit = new HashMap<>();
        Map<String, List<String>> inflected = new HashMap<>();
        for (String[] row : WordTable.rows("polarity-words.txt")) {
            String label = row[0] + ":" + row[1];
            for (int i = 2; i < row.length; i++) {
                boolean verb = row[i].startsWith("+");
                String word = verb ? row[i].substring(1) : row[i];
                explicit.computeIfAbsent(word, k -> new ArrayList<>(1)).add(label);
                if (verb) {
                    for (String form : inflections(word)) {
                        inflected.computeIfAbsent(form, k -> new ArrayList<>(1)).add(label);
                    }
                }
            }
        }
        inflected.keySet().removeAll(explicit.keySet());     // a listed word keeps only its listed meaning
        explicit.putAll(inflected);
        return explicit;
    }

    /** The words and phrase heads this extractor reacts to, for {@link Lexicon}. */
    static Set<String> vocabulary() {
        Set<String> words = new java.util.HashSet<>(LABELS.keySet());
        words.addAll(PHRASE_HEADS);
        return words;
    }

    private static Set<String> heads() {
        Set<String> heads = new java.util.HashSet<>();
        for (String key : LABELS.keySet()) {
            int split = key.indexOf('_');
            if (split > 0) {
                heads.add(key.substring(0, split));
            }
        }
        return heads;
    }

    /** Regular English verb forms; for a phrase ("turn_on") the first word inflects. */
    static List<String> inflections(String verb) {
        int split = verb.indexOf('_');
        String head = split < 0 ? verb : verb.substring(0, split);
        String tail = split < 0 ? "" : verb.substring(split);
        List<String> forms = new ArrayList<>();
        char last = head.charAt(head.length() - 1);
        if (last == 'e') {
            String stem = head.substring(0, head.length() - 1);
            forms.addAll(List.of(head + "s", head + "d", stem + "ing"));
        } else if (last == 'y' && !isVowel(head.charAt(head.length() - 2))) {
            String stem = head.substring(0, head.length() - 1);
            forms.addAll(List.of(stem + "ies", stem + "ied", head + "ing"));
        } else {
            String plural = last == 's' || last == 'h' || last == 'x' ? head + "es" : head + "s";
            forms.addAll(List.of(plural, head + "ed", head + "ing"));
            if (doublesConsonant(head)) {
                forms.addAll(List.of(head + last + "ed", head + last + "ing"));
            }
        }
        forms.replaceAll(f -> f + tail);
        return forms;
    }

    /** Short consonant-vowel-consonant verbs double: stop, stopped; drop, dropping. */
    private static boolean doublesConsonant(String w) {
        int n = w.length();
        return n >= 3 && n <= 4 && !isVowel(w.charAt(n - 1)) && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3))
                && "wxy".indexOf(w.charAt(n - 1)) < 0;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** The labels of every listed word or two-word phrase; a phrase consumes both its words. */
    static void collect(Words words, Set<String> labels) {
        int i = 0;
        while (i < words.size()) {
            if (!words.listed(i)) {
                i++;
                continue;
            }
            boolean head = i + 1 < words.size() && PHRASE_HEADS.contains(words.lower(i));
            List<String> phrase = head ? LABELS.get(words.lower(i) + "_" + words.lower(i + 1)) : null;
            if (phrase != null) {
                labels.addAll(phrase);
                i += 2;
                continue;
            }
            List<String> single = LABELS.get(words.lower(i));
            if (single != null) {
                labels.addAll(single);
            }
            i++;
        }
    }

    /** The label of a word in one of the given classes, or null; used to name the ends of "X to Y". */
    static String member(String word, Set<String> classes) {
        List<String> labels = LABELS.get(word);
        if (labels == null) {
            return null;
        }
        for (String label : labels) {
            if (classes.contains(label.substring(0, label.indexOf(':')))) {
                return label.substring(label.indexOf(':') + 1);
            }
        }
        return null;
    }
}
