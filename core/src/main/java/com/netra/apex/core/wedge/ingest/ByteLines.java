package com.netra.apex.core.wedge.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a stream as slices of one reused byte buffer: no decoding to Strings, so a line goes
 * straight to the JSON parser and the hash. A line longer than the limit is skipped (and flagged) rather
 * than buffered, which bounds memory whatever the file holds.
 */
final class ByteLines {

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private long number;
    private int lineOffset;
    private int lineLength;
    private boolean tooLong;

    ByteLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        tooLong = false;
        int scanFrom = start;
        while (true) {
            int nl = indexOfNewline(scanFrom);
            if (nl >= 0) {
                take(nl, nl + 1);
                return true;
            }
            if (eof) {
                if (start >= end) {
                    return false;
                }
                take(end, end);
                return true;
            }
            if (end - start >= maxLineBytes) {
                skipRestOfLine();
                return true;
            }
            scanFrom = end - start; // bytes already scanned, relative to the compacted start
            fill();
            scanFrom += start;
        }
    }

    long number() {
        return number;
    }

    byte[] buffer() {
        return buf;
    }

    int offset() {
        return lineOffset;
    }

    int length() {
        return lineLength;
    }

    boolean tooLong() {
        return tooLong;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < end; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void take(int lineEnd, int next) {
        number++;
        int s = start;
        int e = lineEnd;
        if (e > s && buf[e - 1] == '\r') {
            e--;
        }
        if (number == 1 && e - s >= 3 && (buf[s] & 0xff) == 0xEF && (buf[s + 1] & 0xff) == 0xBB && (buf[s + 2] & 0xff) == 0xBF) {
            s += 3; // a UTF-8 byte order mark, as Windows tools write
        }
        lineOffset = s;
        lineLength = e - s;
        tooLong = lineLength > maxLineBytes;
        start = next;
    }

    /** Moves unread bytes to the front, grows the buffer if a line needs it, and reads more. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            byte[] bigger = new byte[(int) Math.min((long) buf.length * 2, (long) maxLineBytes + 1)];
            System.arraycopy(buf, 0, bigger, 0, end);
            buf = bigger;
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    private void skipRestOfLine() throws IOException {
        tooLong = true;
        number++;
        lineOffset = 0;
        lineLength = 0;
        start = end;
        while (true) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                start = end = 0;
                return;
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    start = i + 1;
                    end = n;
                    return;
                }
            }
        }
    }
}
