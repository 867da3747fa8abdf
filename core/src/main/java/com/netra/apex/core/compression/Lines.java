package com.netra.apex.core.compression;

/** Line scanning shared by the rules, which all work line by line to keep their cost linear. */
final class Lines {

    private Lines() {
    }

    /** The index of the newline ending the line that starts at {@code pos}, or the text's length. */
    static int end(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }

    /** Whether text[from, to) holds only spaces, tabs and carriage returns. */
    static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
