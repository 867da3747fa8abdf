package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** How a log file lays out its records, told from its first bytes. */
enum InputLayout {
    JSON_LINES,
    JSON_DOCUMENT,
    CSV;

    private static final int PEEK = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * '[' starts a JSON document; '{' starts JSON Lines when the first line is a whole object (or looks
     * like one, damaged, or the next line starts another), else a pretty-printed document; anything
     * else is CSV. Leaves the stream where it was.
     */
    static InputLayout detect(BufferedInputStream in) throws IOException {
        byte[] head = LogInput.peek(in, PEEK);
        int i = skipBomAndSpace(head, 0);
        if (i >= head.length) {
            return JSON_LINES; // empty: nothing to read either way
        }
        if (head[i] == '[') {
            return JSON_DOCUMENT;
        }
        if (head[i] != '{') {
            return CSV;
        }
        int nl = indexOf(head, (byte) '\n', i);
        if (nl < 0) {
            return head.length < PEEK ? JSON_LINES : JSON_DOCUMENT;
        }
        String first = new String(head, i, nl - i, StandardCharsets.UTF_8).trim();
        if (first.endsWith("}") || wholeObject(first)) {
            return JSON_LINES;
        }
        int next = skipBomAndSpace(head, nl + 1);
        return next < head.length && head[next] == '{' ? JSON_LINES : JSON_DOCUMENT;
    }

    private static boolean wholeObject(String line) {
        try {
            return JSON.readTree(line).isObject();
        } catch (IOException e) {
            return false;
        }
    }

    private static int skipBomAndSpace(byte[] b, int from) {
        int i = from;
        if (i + 2 < b.length && (b[i] & 0xff) == 0xEF && (b[i + 1] & 0xff) == 0xBB && (b[i + 2] & 0xff) == 0xBF) {
            i += 3;
        }
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] b, byte target, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == target) {
                return i;
            }
        }
        return -1;
    }
}
