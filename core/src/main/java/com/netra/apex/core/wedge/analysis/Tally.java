package com.netra.apex.core.wedge.analysis;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows counted per label (model, API key, tag), for an evidence's "most affected" lists. Bounded: past
 * {@link #MAX_LABELS} distinct labels, new ones are counted under "(other)", so a log with a key per end
 * user cannot grow it without end.
 */
final class Tally {

    static final int MAX_LABELS = 10_000;
    static final String OTHER = "(other)";
    static final String UNKNOWN = "(unknown)";
    private static final int SHOWN = 10;

    private final Map<String, long[]> rows = new HashMap<>();

    void add(String label) {
        add(label, 1);
    }

    void add(String label, long count) {
        String name = label == null || label.isBlank() ? UNKNOWN : label;
        long[] n = rows.get(name);
        if (n == null) {
            name = rows.size() < MAX_LABELS ? name : OTHER;
            n = rows.computeIfAbsent(name, k -> new long[1]);
        }
        n[0] += count;
    }

    /** The ten labels with most rows, most first, ties by name. */
    Map<String, Long> top() {
        Map<String, Long> top = new LinkedHashMap<>();
        rows.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(SHOWN)
                .forEach(e -> top.put(e.getKey(), e.getValue()[0]));
        return top;
    }

    /** Every label, most rows first: for recommendations that must name them all (bounded by MAX_LABELS). */
    Map<String, Long> all() {
        Map<String, Long> all = new LinkedHashMap<>();
        rows.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> all.put(e.getKey(), e.getValue()[0]));
        return all;
    }
}
