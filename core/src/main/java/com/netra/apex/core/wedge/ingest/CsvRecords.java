package com.netra.apex.core.wedge.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream: quoted fields may hold the delimiter, doubled quotes and line
 * breaks (LiteLLM exports JSON messages that way), so a record can span several physical lines; each
 * record knows the line it started on and its raw text.
 */
final class CsvRecords {

    private final Reader in;
    private final char delimiter;
    private final int maxRecordChars;
    private long physicalLine = 1;
    private long startLine;
    private boolean tooLong;
    private final StringBuilder raw = new StringBuilder(1024);
    private int pushedBack = -2;

    CsvRecords(Reader in, char delimiter, int maxRecordChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        raw.setLength(0);
        tooLong = false;
        startLine = physicalLine;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int c = read();
        if (c < 0) {
            return null;
        }
        for (; c >= 0; c = read()) {
            if (raw.length() < maxRecordChars) {
                raw.append((char) c);
            } else {
                tooLong = true;
            }
            if (quoted) {
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                        raw.append('"');
                    } else {
                        quoted = false;
                        unread(n);
                    }
                } else {
                    countLine(c);
                    append(field, c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                physicalLine++;
                break;
            } else if (c != '\r') {
                append(field, c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    long startLine() {
        return startLine;
    }

    boolean tooLong() {
        return tooLong;
    }

    String rawText() {
        return raw.toString();
    }

    private void append(StringBuilder field, int c) {
        if (field.length() < maxRecordChars) {
            field.append((char) c);
        }
    }

    private void countLine(int c) {
        if (c == '\n') {
            physicalLine++;
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
