package com.netra.apex.core.wedge.ingest;

import java.util.Locale;

/** Column names made comparable: "Input Tokens", "input-tokens" and "inputTokens" all become input_tokens. */
final class ColumnNames {

    private ColumnNames() {
    }

    static String normalize(String header) {
        StringBuilder out = new StringBuilder(header.length() + 4);
        char previous = ' ';
        for (char c : header.trim().toCharArray()) {
            if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                out.append('_');
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
            previous = c;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '_') {
            end--;
        }
        return out.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
