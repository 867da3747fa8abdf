package com.netra.apex.core.compression;

import com.netra.apex.core.compression.CodeFences.Fence;
import java.util.List;

/**
 * Tidies whitespace where it is messy and cannot change meaning: CRLF line ends, spaces and tabs at
 * line ends, three or more blank lines in a row, and runs of spaces inside a prose line.
 *
 * <p>It never touches fenced code blocks, leading indentation (YAML and Python depend on it), tabs
 * inside a line (tab-separated data), or spaces inside `inline code` and "double-quoted" spans, where
 * two spaces may be the point.
 */
final class WhitespaceRule {

    private WhitespaceRule() {
    }

    static String apply(String text) {
        if (looksTidy(text)) {
            return text;
        }
        List<Fence> fences = CodeFences.find(text);
        TextRewrite out = new TextRewrite(text);
        BlankRun blanks = new BlankRun();
        int fence = 0;
        int pos = 0;
        while (pos < text.length()) {
            int lineEnd = Lines.end(text, pos);
            while (fence < fences.size() && pos >= fences.get(fence).end()) {
                fence++;
            }
            boolean code = fence < fences.size() && fences.get(fence).holdsLine(pos);
            if (!code && Lines.isBlank(text, pos, lineEnd)) {
                blanks.add(pos, lineEnd, lineEnd < text.length());
            } else {
                blanks.flush(text, out);
                if (!code) {
                    tidyLine(text, pos, lineEnd, out);
                }
            }
            pos = lineEnd + 1;
        }
        blanks.flush(text, out);
        return out.result();
    }

    /** A quick scan that clears most clean prompts without walking them line by line. */
    private static boolean looksTidy(String text) {
        int last = text.length() - 1;
        return text.indexOf('\r') < 0 && text.indexOf("  ") < 0 && text.indexOf(" \n") < 0
                && text.indexOf("\t\n") < 0 && text.indexOf("\n\n\n\n") < 0
                && (last < 0 || (text.charAt(last) != ' ' && text.charAt(last) != '\t'));
    }

    /** Collapses space runs inside the line, then drops trailing spaces, tabs and a CR before the newline. */
    private static void tidyLine(String text, int start, int lineEnd, TextRewrite out) {
        boolean terminated = lineEnd < text.length();
        int contentEnd = terminated && lineEnd > start && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
        int trimEnd = contentEnd;
        while (trimEnd > start && (text.charAt(trimEnd - 1) == ' ' || text.charAt(trimEnd - 1) == '\t')) {
            trimEnd--;
        }
        int indentEnd = start;
        while (indentEnd < trimEnd && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
            indentEnd++;
        }
        collapseSpaces(text, indentEnd, trimEnd, out);
        if (trimEnd < lineEnd) {
            out.delete(trimEnd, lineEnd);
        }
    }

    private static void collapseSpaces(String text, int from, int to, TextRewrite out) {
        boolean inCode = false;
        boolean inQuote = false;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '`') {
                inCode = !inCode;
            } else if (c == '"' && !inCode && (i == from || text.charAt(i - 1) != '\\')) {
                inQuote = !inQuote;
            } else if (c == ' ' && !inCode && !inQuote) {
                int runEnd = i;
                while (runEnd < to && text.charAt(runEnd) == ' ') {
                    runEnd++;
                }
                if (runEnd - i > 1) {
                    out.replace(i, runEnd, " ");
                }
                i = runEnd;
                continue;
            }
            i++;
        }
    }

    /** Consecutive blank lines outside code: each becomes a bare newline, and three or more become one. */
    private static final class BlankRun {
        private int start = -1;
        private int end;
        private int terminated;

        void add(int lineStart, int lineEnd, boolean hasNewline) {
            if (start < 0) {
                start = lineStart;
            }
            end = hasNewline ? lineEnd + 1 : lineEnd;
            terminated += hasNewline ? 1 : 0;
        }

        void flush(String text, TextRewrite out) {
            if (start < 0) {
                return;
            }
            String tidy = terminated >= 3 ? "\n" : "\n".repeat(terminated);
            if (end - start != tidy.length() || !text.startsWith(tidy, start)) {
                out.replace(start, end, tidy);
            }
            start = -1;
            terminated = 0;
        }
    }
}
