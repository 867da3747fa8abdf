package com.netra.apex.core.routing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads routing data: RFC-4180 CSV with the columns {@code prompt,<weak model>,<strong model>}, the
 * last two True/False. Prompts span lines inside quotes. A malformed row is skipped and reported
 * with its file and line rather than failing the whole folder.
 */
public final class RoutingCsvReader {

    /** A row that was skipped, and why. */
    public record Malformed(String source, int line, String reason) {
        @Override
        public String toString() {
            return source + ":" + line + ": " + reason;
        }
    }

    /** The rows read from one or more files, in file order, with the rows that were skipped. */
    public record Dataset(List<RoutingExample> examples, List<Malformed> malformed) {
    }

    private RoutingCsvReader() {
    }

    /** Every {@code *.csv} in {@code dir}, in file-name order so the result is reproducible. */
    public static Dataset readFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no data folder at " + dir);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .csv files in " + dir);
        }
        List<RoutingExample> examples = new ArrayList<>();
        List<Malformed> malformed = new ArrayList<>();
        for (Path file : files) {
            Dataset one = read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            examples.addAll(one.examples());
            malformed.addAll(one.malformed());
        }
        return new Dataset(List.copyOf(examples), List.copyOf(malformed));
    }

    /** Parses one file's text; {@code source} names it in error reports. */
    public static Dataset read(String source, String text) {
        CsvCursor cursor = new CsvCursor(text);
        List<RoutingExample> examples = new ArrayList<>();
        List<Malformed> malformed = new ArrayList<>();
        boolean header = true;
        while (!cursor.atEnd()) {
            int line = cursor.line();
            CsvCursor.Record record = cursor.next();
            if (record.error() != null) {
                malformed.add(new Malformed(source, line, record.error()));
            } else if (record.fields().size() == 1 && record.fields().get(0).isEmpty()) {
                continue; // a blank line, e.g. a trailing newline: not a row
            } else if (!header) {
                toExample(record.fields(), source, line, examples, malformed);
            } else if (isHeader(record.fields())) {
                header = false;
            } else {
                malformed.add(new Malformed(source, line, "expected a header starting with 'prompt', skipped the file"));
                break;
            }
        }
        return new Dataset(examples, malformed);
    }

    private static boolean isHeader(List<String> fields) {
        return fields.size() == 3 && fields.get(0).trim().equalsIgnoreCase("prompt");
    }

    private static void toExample(List<String> fields, String source, int line,
                                  List<RoutingExample> examples, List<Malformed> malformed) {
        if (fields.size() != 3) {
            malformed.add(new Malformed(source, line, "expected 3 fields, found " + fields.size()));
            return;
        }
        Boolean weak = bool(fields.get(1));
        Boolean strong = bool(fields.get(2));
        if (weak == null || strong == null || fields.get(0).isBlank()) {
            malformed.add(new Malformed(source, line, "needs a prompt and True/False for both models, got '"
                    + fields.get(1) + "', '" + fields.get(2) + "'"));
            return;
        }
        examples.add(new RoutingExample(fields.get(0), weak, strong, source, line));
    }

    private static Boolean bool(String field) {
        String v = field.trim();
        if (v.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        return v.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }
}
