package com.netra.apex.core.wedge.ingest;

import com.netra.apex.core.wedge.LogRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test fixtures read through a {@link LogReader}: the rows and the summary of one read. */
record Reads(List<LogRow> rows, ReadSummary summary) {

    static final String TENANT = "acme";

    static Reads of(LogReader reader, byte[] bytes) {
        List<LogRow> rows = new ArrayList<>();
        try {
            ReadSummary summary = reader.read(new ByteArrayInputStream(bytes), rows::add);
            return new Reads(rows, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reads of(byte[] bytes) {
        return of(new LogReader(TENANT), bytes);
    }

    static Reads ofText(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    static Reads ofResource(String name) {
        return of(resource(name));
    }

    static byte[] resource(String name) {
        try (InputStream in = Reads.class.getResourceAsStream("/wedge/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /wedge/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    LogRow row(String rowId) {
        return rows.stream().filter(r -> r.rowId().equals(rowId)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rowId + " in " + rows.stream().map(LogRow::rowId).toList()));
    }
}
