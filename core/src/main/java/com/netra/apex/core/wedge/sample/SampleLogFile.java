package com.netra.apex.core.wedge.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Writes sample logs to a file, gzip when its name ends in .gz; also runnable to make benchmark files. */
public final class SampleLogFile {

    private SampleLogFile() {
    }

    /** Writes every row, one per line; gzip at {@code level} (1 fastest, 9 smallest) for .gz names. */
    public static PlantedTruth write(SampleLogs logs, Path file, int level) throws IOException {
        try (OutputStream out = open(file, level)) {
            return write(logs, out);
        }
    }

    /** Writes every row to {@code out} (not closed), one per line. */
    public static PlantedTruth write(SampleLogs logs, OutputStream out) throws IOException {
        try {
            PlantedTruth truth = logs.forEach(row -> {
                try {
                    out.write(row.line().getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
            return truth;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static OutputStream open(Path file, int level) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        if (!file.getFileName().toString().endsWith(".gz")) {
            return out;
        }
        return new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(level);
            }
        }, 1 << 16);
    }

    /** {@code SampleLogFile <file[.gz]> <rows> [seed] [gzip level]}: writes the file and prints the planted truth. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SampleLogFile <file[.gz]> <rows> [seed] [gzip level 1-9]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SampleLogs.DEFAULT_SEED;
        int level = args.length > 3 ? Integer.parseInt(args[3]) : Deflater.BEST_SPEED;
        long started = System.nanoTime();
        PlantedTruth truth = write(new SampleLogs(seed, Integer.parseInt(args[1])), Path.of(args[0]), level);
        System.out.printf("wrote %s in %.1f s%n%s", args[0], (System.nanoTime() - started) / 1e9, truth.describe());
    }
}
