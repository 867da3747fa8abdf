package com.netra.apex.core.cache;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text in quotes, which a user means literally: "translate 'good morning'" is not "translate 'good night'". */
final class QuotedStrings {

    /**
     * Double and typographic quotes, plus single quotes that open after a non-word character and close before
     * one, so apostrophes in "don't" or "user's" never open a quote. Lengths are bounded.
     */
    private static final Pattern QUOTED = Pattern.compile(
            "(?=[\"'\u201C\u00AB\u2018])(?:\"([^\"\\n]{1,200})\"|\u201C([^\u201D\\n]{1,200})\u201D|\u00AB([^\u00BB\\n]{1,200})\u00BB"
                    + "|(?<![\\w'])'(?=[^\\s'])([^'\\n]{1,200}?)(?<=[^\\s'])'(?![\\w])"
                    + "|(?<![\\w\u2018])\u2018([^\u2019\\n]{1,200}?)\u2019(?![\\w]))");

    private QuotedStrings() {
    }

    static void collect(String text, Set<String> quotes) {
        if (!hasQuoteMark(text)) {
            return;
        }
        Matcher m = QUOTED.matcher(text).useTransparentBounds(true);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (isQuoteMark(text.charAt(i)) && m.region(i, n).lookingAt()) {
                String normalized = normalize(firstGroup(m));
                if (!normalized.isEmpty()) {
                    quotes.add(normalized);
                }
                i = m.end() - 1;
            }
        }
    }

    /** Trimmed, with each run of whitespace made one space. */
    static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static boolean hasQuoteMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isQuoteMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The pattern is tried only at an opening mark, not at every character. */
    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u00AB' || c == '\u2018';
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    /** Case, spacing and trailing punctuation inside the quotes are not what the user is quoting. */
    private static String normalize(String content) {
        String s = collapseSpaces(content).toLowerCase(Locale.ROOT);
        int end = s.length();
        while (end > 0 && ".,;:!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
