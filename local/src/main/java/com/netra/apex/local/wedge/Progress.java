package com.netra.apex.local.wedge;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;

/** Counts the bytes of a file as they are read and prints how far along it is, at most twice a second. */
final class Progress extends FilterInputStream {

    private static final long EVERY_NANOS = 500_000_000L;

    private final String name;
    private final long size;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long read;
    private long lastPrint = System.nanoTime();
    private boolean printed;

    Progress(InputStream in, String name, long size, PrintStream out) {
        super(in);
        this.name = name;
        this.size = size;
        this.out = out;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        read += n;
        long now = System.nanoTime();
        if (now - lastPrint >= EVERY_NANOS) {
            lastPrint = now;
            printed = true;
            double seconds = (now - started) / 1e9;
            out.printf(Locale.ROOT, "\r  %s: %.0f%% (%,d of %,d bytes, %.1f MB/s)   ", name, size == 0 ? 100.0 : 100.0 * read / size,
                    read, size, read / 1e6 / Math.max(seconds, 1e-9));
        }
    }

    /** Ends the progress line, if one was printed. */
    void done() {
        if (printed) {
            out.println();
        }
    }
}
