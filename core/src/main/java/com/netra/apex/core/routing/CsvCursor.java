package com.netra.apex.core.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks RFC-4180 text one record at a time: comma-separated fields, CRLF or LF record ends, quoted
 * fields that may hold commas, line breaks and doubled quotes. Keeps the line number so a bad record
 * can be reported where it starts.
 */
final class CsvCursor {

    /** The fields of one record, or why it could not be read. */
    record Record(List<String> fields, String error) {
    }

    private final String text;
    private int pos;
    private int line = 1;

    CsvCursor(String text) {
        this.text = text;
        // A byte-order mark is not part of the first header name.
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** Line on which the next record starts (1-based). */
    int line() {
        return line;
    }

    Record next() {
        List<String> fields = new ArrayList<>();
        while (true) {
            String error = text.startsWith("\"", pos) ? quoted(fields) : unquoted(fields);
            if (error != null) {
                skipRestOfLine();
                return new Record(fields, error);
            }
            if (atEnd() || endOfRecord()) {
                return new Record(fields, null);
            }
            pos++; // the comma
        }
    }

    private String quoted(List<String> fields) {
        StringBuilder field = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"' && text.startsWith("\"", pos)) {
                field.append('"');
                pos++;
            } else if (c == '"') {
                fields.add(field.toString());
                return atEnd() || text.charAt(pos) == ',' || atLineBreak() ? null
                        : "unexpected '" + text.charAt(pos) + "' after a closing quote";
            } else {
                line += c == '\n' ? 1 : 0;
                field.append(c);
            }
        }
        return "unterminated quoted field";
    }

    private String unquoted(List<String> fields) {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && !atLineBreak()) {
            if (text.charAt(pos) == '"') {
                return "quote inside an unquoted field";
            }
            pos++;
        }
        fields.add(text.substring(start, pos));
        return null;
    }

    private boolean atLineBreak() {
        char c = text.charAt(pos);
        return c == '\n' || (c == '\r' && (pos + 1 == text.length() || text.charAt(pos + 1) == '\n'));
    }

    /** Consumes a record-ending line break if one is next. */
    private boolean endOfRecord() {
        if (!atLineBreak()) {
            return false;
        }
        pos += text.charAt(pos) == '\r' ? 2 : 1;
        pos = Math.min(pos, text.length());
        line++;
        return true;
    }

    private void skipRestOfLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
        if (pos < text.length()) {
            pos++;
            line++;
        }
    }
}
