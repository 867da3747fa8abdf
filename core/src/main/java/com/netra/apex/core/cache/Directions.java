package com.netra.apex.core.cache;

import java.util.Set;

/**
 * The direction of a conversion or move ("English to French", "miles to km", "MySQL into Postgres") and of a
 * comparison ("Python faster than Java", "the east coast warmer than the west"). Both ends appear either way
 * round, so only their order tells "USD to EUR" from "EUR to USD".
 */
final class Directions {

    private static final Set<String> NAMED_CLASSES = Set.of("human", "plang", "db", "cloud", "os", "browser",
            "compass", "side", "season");
    /** How far back from "than" to look for the first thing compared: "Python is much faster than". */
    private static final int THAN_WINDOW = 6;

    private Directions() {
    }

    /** Adds "dir:from>to" labels. */
    static void collect(Words words, Set<String> labels) {
        for (int i = 1; i + 1 < words.size(); i++) {
            String w = words.lower(i);
            if (w.equals("than")) {
                comparison(words, i, labels);
            }
            if (!w.equals("to") && !w.equals("into")) {
                continue;
            }
            boolean reversed = words.lower(i + 2).equals("from") && i + 3 < words.size();
            int from = reversed ? i + 3 : i - 1;
            int to = i + 1;
            String a = end(words, from);
            String b = end(words, to);
            if (a != null && b != null && !a.equals(b)) {
                labels.add("dir:" + a + ">" + b);
            }
        }
    }

    /** "X ... than Y": the nearest name before "than" against the first name after it. */
    private static void comparison(Words words, int than, Set<String> labels) {
        String before = null;
        for (int i = than - 1; i >= Math.max(0, than - THAN_WINDOW) && before == null; i--) {
            before = end(words, i);
        }
        String after = null;
        for (int i = than + 1; i < Math.min(words.size(), than + 4) && after == null; i++) {
            after = end(words, i);
        }
        if (before != null && after != null && !before.equals(after)) {
            labels.add("than:" + before + ">" + after);
        }
    }

    /** A canonical name for a unit, currency, language or capitalized name at i; null for anything else. */
    private static String end(Words words, int i) {
        String w = words.lower(i);
        String unit = Units.canonical(w);
        if (unit != null && w.length() > 1) {
            return unit;
        }
        String named = PolarityWords.member(w, NAMED_CLASSES);
        if (named != null) {
            return named;
        }
        boolean capitalized = Character.isUpperCase(words.raw(i).charAt(0));
        return capitalized && !w.equals("i") ? EntityMentions.normalize(w) : null;
    }
}
