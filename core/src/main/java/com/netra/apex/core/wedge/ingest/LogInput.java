package com.netra.apex.core.wedge.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** The log's text as a buffered stream, gunzipped when the input starts with gzip's magic bytes, with byte counts. */
final class LogInput {

    private static final int BUFFER = 1 << 16;

    private final CountingInputStream raw;
    private final CountingInputStream text;
    private final BufferedInputStream stream;

    private LogInput(CountingInputStream raw, CountingInputStream text) {
        this.raw = raw;
        this.text = text;
        this.stream = new BufferedInputStream(text, BUFFER);
    }

    static LogInput open(InputStream in) throws IOException {
        CountingInputStream raw = new CountingInputStream(in);
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        // GZIPInputStream reads concatenated members too, as `cat a.gz b.gz` and log rotators produce
        InputStream plain = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(buffered, BUFFER) : buffered;
        return new LogInput(raw, new CountingInputStream(plain));
    }

    /**
     * Up to {@code n} bytes from the front of {@code in}, which is left where it was. A damaged or cut-short
     * compressed stream gives what precedes the damage; reading on reports it.
     */
    static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] head = new byte[n];
        int filled = 0;
        try {
            for (int r; filled < n && (r = in.read(head, filled, n - filled)) >= 0; ) {
                filled += r;
            }
        } catch (ZipException | EOFException e) {
            // the read proper meets the same damage at the same place, and says so with the rows before it
        }
        in.reset();
        return filled == n ? head : Arrays.copyOf(head, filled);
    }

    BufferedInputStream stream() {
        return stream;
    }

    long bytesRead() {
        return raw.count();
    }

    long textBytes() {
        return text.count();
    }
}
