package com.netra.apex.core.compression;

/**
 * A copy of a text being rewritten left to right. Nothing is copied until the first edit, so a rule
 * that finds nothing to do allocates nothing and hands back the very same string.
 */
final class TextRewrite {

    private final String source;
    private StringBuilder out;
    private int copiedTo;

    TextRewrite(String source) {
        this.source = source;
    }

    /** Replaces source[from, to) with the given text; edits must come in increasing, non-overlapping order. */
    void replace(int from, int to, CharSequence with) {
        if (from < copiedTo || to < from) {
            throw new IllegalStateException("edits out of order: [" + from + ", " + to + ") after " + copiedTo);
        }
        if (out == null) {
            out = new StringBuilder(source.length());
        }
        out.append(source, copiedTo, from).append(with);
        copiedTo = to;
    }

    void delete(int from, int to) {
        replace(from, to, "");
    }

    /** The rewritten text, or the source instance itself when nothing was edited. */
    String result() {
        if (out == null) {
            return source;
        }
        out.append(source, copiedTo, source.length());
        return out.toString();
    }
}
