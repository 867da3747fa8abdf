package com.netra.apex.core.wedge.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where the question starts in prompts that open with a stable prefix (tools and system prompt).
 *
 * <p>A log row's {@code promptText} joins the system prompt and the messages, but only the prefix's hash
 * and token count are known, not its length in characters. Rows of one scope (same tenant, model and
 * prefix hash) share the prefix, so it is learned as the longest common start of the scope's first
 * {@link #LEARN_FROM} prompts, cut back to a word boundary; those rows are held until then (or until
 * {@link #finish}). Every later row skips its common start with that learned prefix, never more.
 * Comparing or scoring whole prompts instead would let a long shared system prompt make unrelated
 * questions look alike, and make every question look long.
 *
 * <p>A scope seen once, or past the memory budget, falls back to an estimate of four characters per
 * prefix token. Rows without a prefix are passed through at once with nothing skipped.
 */
final class StablePrefixes<T> {

    static final int LEARN_FROM = 4;
    static final int CHARS_PER_TOKEN = 4;
    /** Held prompts and learned prefixes together stay under this many characters (64 MB). */
    static final long MAX_CHARS = 32L << 20;
    /** What a map entry costs besides its text, in characters, so empty prefixes count against the budget too. */
    private static final int ENTRY_CHARS = 48;

    /** Receives each row with the number of leading characters that are its stable prefix. */
    interface Resolved<T> {
        void accept(T item, String text, int prefixChars);
    }

    private record Held<T>(T item, String text, long prefixTokens) {
    }

    private final Map<Long, String> learned = new HashMap<>();
    private final LinkedHashMap<Long, List<Held<T>>> held = new LinkedHashMap<>();
    private long chars;

    void offer(long scope, String text, long prefixTokens, T item, Resolved<T> out) {
        if (prefixTokens <= 0) {
            out.accept(item, text, 0);
            return;
        }
        String prefix = learned.get(scope);
        if (prefix != null) {
            out.accept(item, text, wordStart(text, commonLength(text, prefix)));
        } else if (held.containsKey(scope) || chars + text.length() <= MAX_CHARS) {
            hold(scope, new Held<>(item, text, prefixTokens), out);
        } else {
            out.accept(item, text, estimate(text, prefixTokens));
        }
    }

    /** Releases every held row, learning from as many rows as each scope has. */
    void finish(Resolved<T> out) {
        for (Iterator<Map.Entry<Long, List<Held<T>>>> it = held.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, List<Held<T>>> scope = it.next();
            it.remove();
            learn(scope.getKey(), scope.getValue(), out);
        }
    }

    private void hold(long scope, Held<T> row, Resolved<T> out) {
        List<Held<T>> rows = held.computeIfAbsent(scope, k -> new ArrayList<>(LEARN_FROM));
        rows.add(row);
        chars += row.text().length();
        if (rows.size() == LEARN_FROM) {
            learn(scope, held.remove(scope), out);
        }
        while (chars > MAX_CHARS && !held.isEmpty()) {
            Map.Entry<Long, List<Held<T>>> oldest = held.entrySet().iterator().next();
            held.remove(oldest.getKey());
            learn(oldest.getKey(), oldest.getValue(), out);
        }
    }

    private void learn(long scope, List<Held<T>> rows, Resolved<T> out) {
        String first = rows.get(0).text();
        int length = rows.size() == 1 ? estimate(first, rows.get(0).prefixTokens()) : first.length();
        for (Held<T> row : rows.subList(1, rows.size())) {
            length = Math.min(length, commonLength(first, row.text()));
        }
        length = wordStart(first, length);
        for (Held<T> row : rows) {
            chars -= row.text().length();
            out.accept(row.item(), row.text(), wordStart(row.text(), length));
        }
        if (chars + length + ENTRY_CHARS <= MAX_CHARS) {
            learned.put(scope, first.substring(0, length));
            chars += length + ENTRY_CHARS;
        }
    }

    /** Four characters a token, cut back to a word boundary; nothing when that would be the whole text. */
    static int estimate(String text, long prefixTokens) {
        long chars = prefixTokens * CHARS_PER_TOKEN;
        return chars >= text.length() ? 0 : wordStart(text, (int) chars);
    }

    static int commonLength(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Moves {@code at} back so it does not cut a word in two. */
    static int wordStart(String text, int at) {
        int i = Math.min(at, text.length());
        while (i > 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
