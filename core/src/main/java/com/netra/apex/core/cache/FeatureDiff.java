package com.netra.apex.core.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * The comparison rules shared by the feature families. Fingerprint lists are sorted, so differences are merges
 * and lookups are binary searches: the hot path builds no hash sets.
 */
final class FeatureDiff {

    private FeatureDiff() {
    }

    /** Items of sorted {@code a} not matched one-for-one by items of sorted {@code b} (multiset difference). */
    static List<String> minus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        int j = 0;
        for (String item : a) {
            while (j < b.size() && b.get(j).compareTo(item) < 0) {
                j++;
            }
            if (j < b.size() && b.get(j).equals(item)) {
                j++;
            } else {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * A substitution: each side has something the other lacks. A mere omission ("in London" dropped) passes,
     * because paraphrases drop names all the time; swapping one name for another is what flips an answer.
     * {@code knownToB} are B's sorted name lists (names, weak names, code) a name of A may reappear in.
     * Returns "x vs y" or null.
     */
    static String substitution(List<String> a, List<List<String>> knownToB, List<String> b, List<List<String>> knownToA) {
        List<String> onlyA = absent(a, knownToB);
        if (onlyA.isEmpty()) {
            return null;
        }
        List<String> onlyB = absent(b, knownToA);
        if (onlyB.isEmpty()) {
            return null;
        }
        Acronyms.absorb(onlyA, onlyB, knownToB);
        Acronyms.absorb(onlyB, onlyA, knownToA);
        if (onlyA.isEmpty() || onlyB.isEmpty()) {
            return null;
        }
        return String.join(", ", onlyA) + " vs " + String.join(", ", onlyB);
    }

    /** Quoted text is literal: exact matches only, no stems or acronyms. Returns "x vs y" or null. */
    static String literalSubstitution(List<String> a, List<String> b) {
        List<String> onlyA = new ArrayList<>(a);
        onlyA.removeAll(b);
        List<String> onlyB = new ArrayList<>(b);
        onlyB.removeAll(a);
        return onlyA.isEmpty() || onlyB.isEmpty() ? null : String.join(", ", onlyA) + " vs " + String.join(", ", onlyB);
    }

    private static List<String> absent(List<String> items, List<List<String>> known) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            if (!contains(known, item) && !related(item, known)) {
                out.add(item);
            }
        }
        return out;
    }

    static boolean contains(List<List<String>> sortedLists, String item) {
        for (List<String> list : sortedLists) {
            if (Collections.binarySearch(list, item) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Variants of one name: "Pythonic"/"Python", "TRAINING"/"TRAIN", "datasets.list_datasets"/"list_datasets".
     * The shared stem must have 5+ characters and the rest be letters, so "Java" and "JavaScript" stay apart and
     * "Object.freeze" is not a variant of "Object".
     */
    private static boolean related(String item, List<List<String>> known) {
        for (List<String> list : known) {
            for (String other : list) {
                if (variants(item, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean variants(String item, String other) {
        String shorter = item.length() <= other.length() ? item : other;
        String longer = shorter == item ? other : item;
        if (shorter.length() >= 5 && longer.startsWith(shorter) && lettersOnly(longer, shorter.length())) {
            return true;
        }
        return longer.length() > shorter.length() + 1 && longer.endsWith(shorter)
                && longer.charAt(longer.length() - shorter.length() - 1) == '.';
    }

    private static boolean lettersOnly(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Per class, a substitution of members ("change:up" here, "change:down" there). Returns "x vs y" or null. */
    static String classSubstitution(List<String> a, List<String> b) {
        List<String> onlyA = minus(a, b);
        List<String> onlyB = minus(b, a);
        if (onlyA.isEmpty() || onlyB.isEmpty()) {
            return null;
        }
        TreeMap<String, List<String>> byClassB = byClass(onlyB);
        for (var entry : byClass(onlyA).entrySet()) {
            List<String> other = byClassB.get(entry.getKey());
            if (other != null) {
                return String.join(", ", entry.getValue()) + " vs " + String.join(", ", other);
            }
        }
        return null;
    }

    private static TreeMap<String, List<String>> byClass(List<String> labels) {
        TreeMap<String, List<String>> map = new TreeMap<>();
        for (String label : labels) {
            int colon = label.indexOf(':');
            map.computeIfAbsent(label.substring(0, colon), k -> new ArrayList<>()).add(label.substring(colon + 1));
        }
        return map;
    }
}
