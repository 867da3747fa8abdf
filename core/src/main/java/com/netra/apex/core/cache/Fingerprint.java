package com.netra.apex.core.cache;

import java.util.ArrayList;
import java.util.List;

/**
 * The meaning-critical features of one prompt, extracted once and stored beside its cache entry. Lists are
 * sorted, except quotes, kept in order of appearance ("replace 'a' with 'b'" is not "replace 'b' with 'a'");
 * numbers and dates are multisets (duplicates kept), the rest are sets.
 *
 * @param negations   negation markers counted; only the parity is compared
 * @param softOnes    lone "one"/"first" words, which may stand for the number 1 or for nothing
 * @param numbers     "value" or "value unit", e.g. "5", "5 km", "-3 c", "1000 usd"
 * @param dates       canonical dates, times and day words, e.g. "2024-03-01", "t15:00", "next week", "monday"
 * @param entities    names that are certainly names, lowercased
 * @param weakNames   sentence-initial capitalized words that may be names; used only to recognize a name
 * @param code        code identifiers, flags and paths, lowercased
 * @param quotes      quoted text, lowercased
 * @param polarity    "class:member" labels of exclusive word classes and "dir:from>to" directions
 */
public record Fingerprint(int negations, int softOnes, List<String> numbers, List<String> dates,
                          List<String> entities, List<String> weakNames, List<String> code, List<String> quotes,
                          List<String> polarity) {

    private static final String VERSION = "f1";
    private static final char SECTION = ';';
    private static final char ITEM = ',';
    private static final char ESCAPE = '\\';

    /** Copies and sorts (quotes excepted): comparisons merge and binary-search these lists. */
    public Fingerprint {
        numbers = sortedCopy(numbers);
        dates = sortedCopy(dates);
        entities = sortedCopy(entities);
        weakNames = sortedCopy(weakNames);
        code = sortedCopy(code);
        quotes = List.copyOf(quotes);
        polarity = sortedCopy(polarity);
    }

    private static List<String> sortedCopy(List<String> items) {
        String[] copy = items.toArray(new String[0]);
        java.util.Arrays.sort(copy);
        return List.of(copy);
    }

    /** A compact, printable form: "f1;n=1;N=5 km,50;E=paris" with empty sections left out. */
    public String encode() {
        StringBuilder out = new StringBuilder(VERSION);
        if (negations != 0) {
            out.append(SECTION).append("n=").append(negations);
        }
        if (softOnes != 0) {
            out.append(SECTION).append("o=").append(softOnes);
        }
        section(out, 'N', numbers);
        section(out, 'D', dates);
        section(out, 'E', entities);
        section(out, 'W', weakNames);
        section(out, 'C', code);
        section(out, 'Q', quotes);
        section(out, 'P', polarity);
        return out.toString();
    }

    private static void section(StringBuilder out, char key, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append(SECTION).append(key).append('=');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(ITEM);
            }
            escape(out, items.get(i));
        }
    }

    private static void escape(StringBuilder out, String item) {
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == SECTION || c == ITEM || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
    }

    /** Reads what {@link #encode()} wrote. */
    public static Fingerprint decode(String encoded) {
        List<String> sections = split(encoded, SECTION);
        if (sections.isEmpty() || !sections.get(0).equals(VERSION)) {
            throw new IllegalArgumentException("not an encoded fingerprint: " + encoded);
        }
        Sections s = new Sections();
        for (String section : sections.subList(1, sections.size())) {
            s.read(section);
        }
        return new Fingerprint(s.negations, s.softOnes, s.get('N'), s.get('D'), s.get('E'), s.get('W'), s.get('C'),
                s.get('Q'), s.get('P'));
    }

    /** Splits on unescaped separators; with {@code unescape} the escapes are dropped from the parts. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unescape(String item) {
        StringBuilder out = new StringBuilder(item.length());
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            out.append(c == ESCAPE && i + 1 < item.length() ? item.charAt(++i) : c);
        }
        return out.toString();
    }

    /** The sections of one encoded fingerprint, keyed by their letter. */
    private static final class Sections {
        private int negations;
        private int softOnes;
        private final java.util.Map<Character, List<String>> lists = new java.util.HashMap<>();

        void read(String section) {
            if (section.length() < 2 || section.charAt(1) != '=') {
                throw new IllegalArgumentException("bad fingerprint section: " + section);
            }
            char key = section.charAt(0);
            String body = section.substring(2);
            switch (key) {
                case 'n' -> negations = Integer.parseInt(body);
                case 'o' -> softOnes = Integer.parseInt(body);
                default -> lists.put(key, split(body, ITEM).stream().map(Fingerprint::unescape).toList());
            }
        }

        List<String> get(char key) {
            return lists.getOrDefault(key, List.of());
        }
    }
}
