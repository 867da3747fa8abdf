package com.netra.apex.core.cache;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Code names: backticked text, camelCase, snake_case, dotted.names and files, calls foo(), CLI flags, paths. */
final class CodeIdentifiers {

    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\n]{1,200})`");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][\\w]*(?:\\.[A-Za-z_]\\w*)*");
    private static final Pattern SNAKE = Pattern.compile("(?<![\\w.])_*[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+_*(?!\\w)");
    private static final Pattern CAMEL = Pattern.compile(
            "(?<![\\w.])(?:[a-z][a-z0-9]*[A-Z]|[A-Z][a-z0-9]+[A-Z])[A-Za-z0-9]*(?![\\w])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w.])[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+(?![\\w])");
    /** "path(s)" and "file(s)" are plurals in prose, not calls. */
    private static final Pattern CALL = Pattern.compile("(?<![\\w.])([A-Za-z_][\\w.]{0,80})\\((?!e?s\\))");
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--[A-Za-z][\\w-]{0,40}|(?<=\\s)-[A-Za-z]{1,3}(?![\\w-])");
    /** Dotfiles: ".env", ".npmrc", ".gitignore". */
    private static final Pattern DOTFILE = Pattern.compile("(?<![\\w.])\\.[A-Za-z][\\w.-]{0,40}(?![\\w])");
    private static final Pattern PATH = Pattern.compile("(?<![\\w./])(?:~|\\.{1,2})?/[\\w.-]{1,60}(?:/[\\w.-]{1,60}){0,20}");
    /** Latin abbreviations look dotted but are prose. */
    private static final Set<String> PROSE = Set.of("e.g", "i.e", "a.m", "p.m", "u.s", "etc", "vs", "a.k.a");

    private static final int UNDERSCORE = 1;
    private static final int INNER_DOT = 2;
    private static final int PAREN = 4;
    private static final int SLASH = 8;
    private static final int LEADING_DASH = 16;
    private static final int INNER_UPPER = 32;
    private static final Pattern[] CHUNK_PATTERNS = {SNAKE, CAMEL, DOTTED, FLAG, PATH, DOTFILE, CALL};
    /** The mark each pattern cannot match without; plain words, the bulk of any prompt, run no pattern at all. */
    private static final int[] NEEDS = {UNDERSCORE, INNER_UPPER, INNER_DOT, LEADING_DASH, SLASH, INNER_DOT, PAREN};

    private CodeIdentifiers() {
    }

    static void collect(String text, Set<String> code) {
        if (text.indexOf('`') >= 0) {
            backticked(text, code);
        }
        Matcher[] matchers = new Matcher[CHUNK_PATTERNS.length];
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            int marks = marks(text, start, i);
            for (int p = 0; p < CHUNK_PATTERNS.length; p++) {
                if ((marks & NEEDS[p]) != 0) {
                    if (matchers[p] == null) {
                        matchers[p] = CHUNK_PATTERNS[p].matcher(text).useTransparentBounds(true);
                    }
                    addAll(matchers[p].region(start, i), code);
                }
            }
        }
    }

    /** The marks found in one whitespace-free chunk; a sentence-final dot is no inner dot. */
    private static int marks(String text, int start, int end) {
        int marks = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '_') {
                marks |= UNDERSCORE;
            } else if (c == '.' && i + 1 < end && isLetter(text.charAt(i + 1))) {
                marks |= INNER_DOT;
            } else if (c == '(') {
                marks |= PAREN;
            } else if (c == '/') {
                marks |= SLASH;
            } else if (c == '-' && i == start) {
                marks |= LEADING_DASH;
            } else if (i > start && c >= 'A' && c <= 'Z' && isLetter(text.charAt(i - 1))) {
                marks |= INNER_UPPER;
            }
        }
        return marks;
    }

    /** ASCII fast paths: this loop sees every character of the prompt. */
    private static boolean isSpace(char c) {
        return c <= ' ' || (c > 127 && Character.isWhitespace(c));
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 127 && Character.isLetter(c));
    }

    /** The pattern is tried only at backticks, not at every character. */
    private static void backticked(String text, Set<String> code) {
        Matcher b = BACKTICKED.matcher(text);
        int tick = text.indexOf('`');
        while (tick >= 0) {
            int next = tick + 1;
            if (b.region(tick, text.length()).lookingAt()) {
                snippet(b.group(1), code);
                next = b.end();
            }
            tick = text.indexOf('`', next);
        }
    }

    private static void snippet(String content, Set<String> code) {
        Matcher id = IDENTIFIER.matcher(content);
        while (id.find()) {
            add(code, id.group());
        }
        addAll(FLAG.matcher(content), code);
        String whole = wholeSnippet(content);
        if (whole != null) {
            code.add(whole);
        }
    }

    /**
     * A backticked snippet that is more than one identifier ("SELECT COUNT(*)", "ls -la") is also kept whole, so
     * a changed argument or operator differs even when every identifier in it is the same.
     */
    private static String wholeSnippet(String content) {
        String s = QuotedStrings.collapseSpaces(content).replace('\'', '"').toLowerCase(Locale.ROOT);
        if (s.endsWith("()")) {
            s = s.substring(0, s.length() - 2);
        }
        return IDENTIFIER.matcher(s).matches() ? null : "`" + s + "`";
    }

    private static void addAll(Matcher m, Set<String> code) {
        while (m.find()) {
            add(code, m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group());
        }
    }

    private static void add(Set<String> code, String found) {
        String name = found.toLowerCase(Locale.ROOT);
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (!name.isEmpty() && !PROSE.contains(name)) {
            code.add(name);
        }
    }
}
