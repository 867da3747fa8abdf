package com.netra.apex.core.compression;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds Markdown fenced code blocks (``` or ~~~), whose text the compressor must not reflow: code,
 * diffs and YAML mean something different with other whitespace.
 */
final class CodeFences {

    /**
     * One fenced block.
     *
     * @param start     where the opening fence line starts
     * @param bodyStart where the first line after the opening fence starts
     * @param bodyEnd   where the closing fence line starts (the text's end when unclosed)
     * @param end       where the closing fence line's content ends, before its newline
     * @param info      the info string after the opening fence, e.g. "json"
     * @param closed    false when the text ends inside the block
     */
    record Fence(int start, int bodyStart, int bodyEnd, int end, String info, boolean closed) {

        /** Whether the line starting at {@code lineStart} belongs to this block, fence lines included. */
        boolean holdsLine(int lineStart) {
            return lineStart >= start && lineStart < end;
        }
    }

    private CodeFences() {
    }

    static List<Fence> find(String text) {
        if (text.indexOf("```") < 0 && text.indexOf("~~~") < 0) {
            return List.of();
        }
        List<Fence> fences = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            int lineEnd = Lines.end(text, pos);
            Fence fence = openingAt(text, pos, lineEnd);
            if (fence != null) {
                fences.add(fence);
                pos = fence.end() + 1;
            } else {
                pos = lineEnd + 1;
            }
        }
        return fences;
    }

    private static Fence openingAt(String text, int lineStart, int lineEnd) {
        int p = skipIndent(text, lineStart, lineEnd);
        char mark = p < lineEnd ? text.charAt(p) : 0;
        if (mark != '`' && mark != '~') {
            return null;
        }
        int run = runLength(text, p, lineEnd, mark);
        String info = text.substring(p + run, lineEnd).trim();
        // CommonMark: a backtick fence's info string has no backticks (else it is inline code).
        if (run < 3 || (mark == '`' && info.indexOf('`') >= 0)) {
            return null;
        }
        int bodyStart = Math.min(lineEnd + 1, text.length());
        for (int q = bodyStart; q < text.length(); q = Lines.end(text, q) + 1) {
            int qEnd = Lines.end(text, q);
            if (closes(text, q, qEnd, mark, run)) {
                return new Fence(lineStart, bodyStart, q, qEnd, info, true);
            }
        }
        return new Fence(lineStart, bodyStart, text.length(), text.length(), info, false);
    }

    private static boolean closes(String text, int lineStart, int lineEnd, char mark, int openRun) {
        int p = skipIndent(text, lineStart, lineEnd);
        int run = runLength(text, p, lineEnd, mark);
        return run >= openRun && text.substring(p + run, lineEnd).isBlank();
    }

    private static int skipIndent(String text, int from, int to) {
        int p = from;
        while (p < to && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    private static int runLength(String text, int from, int to, char mark) {
        int p = from;
        while (p < to && text.charAt(p) == mark) {
            p++;
        }
        return p - from;
    }
}
