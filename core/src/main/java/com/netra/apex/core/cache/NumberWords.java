package com.netra.apex.core.cache;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Numbers spelled as words ("five", "twenty-five", "one hundred", "third"), so "5" and "five" agree. */
final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("dozen", 12));

    /** Ordinals from third on; "first" and "second" are too often plain words ("first, load ..."). */
    private static final Map<String, Integer> ORDINAL = Map.ofEntries(
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("twentieth", 20));

    private static final Map<String, Long> SCALE = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    /** After these, "one" is a pronoun ("the one", "this one", "any one"), not a count. */
    private static final Set<String> PRONOUN_BEFORE = Set.of("the", "this", "that", "which", "any", "each", "every",
            "no", "some", "only", "another", "one", "a");

    /** Every word collect reacts to, so the common case is one failed lookup per word. */
    private static final Set<String> TRIGGERS = triggers();

    private NumberWords() {
    }

    /**
     * Adds each spelled number to {@code found} as "value" or "value unit" and returns how many lone "one"s
     * (and "first"s) were seen: those may or may not be counts, so they can only excuse an unmatched 1.
     */
    static int collect(Words words, NumberMentions numbers, List<String> found) {
        int softOnes = 0;
        int i = 0;
        while (i < words.size()) {
            String w = words.lower(i);
            if (!words.listed(i) || !TRIGGERS.contains(w)) {
                i++;
            } else if (words.lower(i - 1).equals("non")) {
                i++;                                         // "non-zero" is a negation, not the number 0
            } else if (ORDINAL.containsKey(w)) {
                found.add(String.valueOf(ORDINAL.get(w)));
                i++;
            } else if (startsNumber(words, i)) {
                int end = numberEnd(words, i);
                long value = parse(words, i, end);
                String unit = numbers.unitAt(words.start(end - 1) + words.raw(end - 1).length());
                if (value == 1 && end == i + 1 && unit == null) {
                    softOnes += PRONOUN_BEFORE.contains(words.lower(i - 1)) ? 0 : 1;
                } else {
                    found.add(unit == null ? String.valueOf(value) : value + " " + unit);
                }
                i = end;
            } else {
                softOnes += w.equals("first") || w.equals("single") ? 1 : 0;
                i++;
            }
        }
        return softOnes;
    }

    /** The words this extractor reacts to, for {@link Lexicon}. */
    static Set<String> vocabulary() {
        return TRIGGERS;
    }

    private static Set<String> triggers() {
        Set<String> words = new java.util.HashSet<>(SMALL.keySet());
        words.addAll(ORDINAL.keySet());
        words.addAll(List.of("a", "first", "single"));
        return words;
    }

    private static boolean startsNumber(Words words, int i) {
        String w = words.lower(i);
        if (w.equals("dozen")) {
            return words.lower(i - 1).equals("a");
        }
        if (SMALL.containsKey(w)) {
            return true;
        }
        return w.equals("a") && SCALE.containsKey(words.lower(i + 1)) && !words.lower(i + 2).equals("of");
    }

    private static int numberEnd(Words words, int i) {
        int end = i + 1;
        while (end < words.size()) {
            String w = words.lower(end);
            boolean joined = SMALL.containsKey(w) || SCALE.containsKey(w)
                    || (w.equals("and") && words.lower(end - 1).equals("hundred") && SMALL.containsKey(words.lower(end + 1)));
            if (!joined || w.equals("dozen")) {
                break;
            }
            end++;
        }
        return end;
    }

    private static long parse(Words words, int from, int to) {
        long total = 0;
        long current = 0;
        for (int i = from; i < to; i++) {
            String w = words.lower(i);
            if (w.equals("a")) {
                current = 1;
            } else if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (SCALE.containsKey(w)) {
                total += Math.max(current, 1) * SCALE.get(w);
                current = 0;
            } else if (SMALL.containsKey(w)) {
                current += SMALL.get(w);
            }
        }
        return total + current;
    }
}
