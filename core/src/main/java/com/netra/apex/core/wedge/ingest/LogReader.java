package com.netra.apex.core.wedge.ingest;

import com.netra.apex.core.wedge.LogRow;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Reads a customer's LLM logs into {@link LogRow}s, streaming: plain or gzip, JSON Lines, JSON documents
 * or CSV, the format detected from the first records (see {@link FormatDetector} for the formats). Memory
 * is bounded by the longest record plus 16 bytes per row for spotting repeats (64 MB at most, see
 * {@link SeenRows}); a million 2 KB rows read in a 128 MB heap. Malformed records are skipped and
 * reported; a row id seen earlier in the same file is dropped as a repeat. Immutable; each read is
 * independent.
 */
public final class LogReader {

    public static final int DEFAULT_MAX_PROBLEMS = 20;
    public static final int DEFAULT_MAX_RECORD_BYTES = 16 << 20;
    /** 4 million ids, 64 MB of fingerprints at most: the one part of a read that grows with the file. */
    public static final int DEFAULT_SEEN_CAPACITY = 4 << 20;

    private final String tenantId;
    private final LogFormat format;
    private final int maxProblems;
    private final int maxRecordBytes;
    private final boolean dropRepeats;
    private final int workers;

    /**
     * A reader for logs ingested for {@code tenantId}; every row carries it, whatever the file says. JSON
     * Lines are parsed on every core the machine has.
     */
    public LogReader(String tenantId) {
        this(tenantId, null, DEFAULT_MAX_PROBLEMS, DEFAULT_MAX_RECORD_BYTES, true,
                Runtime.getRuntime().availableProcessors());
    }

    private LogReader(String tenantId, LogFormat format, int maxProblems, int maxRecordBytes, boolean dropRepeats,
            int workers) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("a tenant is required");
        }
        this.tenantId = tenantId;
        this.format = format;
        this.maxProblems = maxProblems;
        this.maxRecordBytes = maxRecordBytes;
        this.dropRepeats = dropRepeats;
        this.workers = workers;
    }

    /** Reads only this format instead of detecting one; other records are reported as malformed. */
    public LogReader withFormat(LogFormat only) {
        return new LogReader(tenantId, only, maxProblems, maxRecordBytes, dropRepeats, workers);
    }

    /** How many problems the summary lists (all are counted). */
    public LogReader withMaxProblems(int max) {
        return new LogReader(tenantId, format, max, maxRecordBytes, dropRepeats, workers);
    }

    /** Records longer than this are skipped as malformed rather than buffered. */
    public LogReader withMaxRecordBytes(int max) {
        return new LogReader(tenantId, format, maxProblems, max, dropRepeats, workers);
    }

    /** Keeps rows whose id repeats an earlier row of the same file (by default they are dropped). */
    public LogReader keepingRepeats() {
        return new LogReader(tenantId, format, maxProblems, maxRecordBytes, false, workers);
    }

    /** How many threads parse JSON Lines (1 reads on the calling thread alone); the rows are the same either way. */
    public LogReader withWorkers(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one worker: " + count);
        }
        return new LogReader(tenantId, format, maxProblems, maxRecordBytes, dropRepeats, count);
    }

    public ReadSummary read(Path file, Consumer<LogRow> rows) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, rows);
        }
    }

    /** Reads the whole stream (without closing it), handing each row to {@code rows} as it is read. */
    public ReadSummary read(InputStream in, Consumer<LogRow> rows) throws IOException {
        FormatDetector detector = new FormatDetector(tenantId);
        Ingestion ingestion = new Ingestion(format == null ? detector : detector.only(format), rows,
                dropRepeats ? new SeenRows(DEFAULT_SEEN_CAPACITY) : null, maxProblems);
        LogInput input = LogInput.open(in);
        try {
            InputLayout layout = InputLayout.detect(input.stream());
            if (layout == InputLayout.JSON_LINES && workers > 1) {
                new ParallelJsonLines(input.stream(), maxRecordBytes, workers).readAll(ingestion);
            } else {
                source(layout, input).readAll(ingestion);
            }
        } catch (Ingestion.NotALog e) {
            // summary says why: the first records' problems name their fields
        } catch (ZipException | EOFException e) {
            ingestion.malformed(0, "the compressed input is damaged or cut short: " + e.getMessage());
        }
        return ingestion.summary(input.bytesRead(), input.textBytes());
    }

    private RecordSource source(InputLayout layout, LogInput input) {
        return switch (layout) {
            case JSON_LINES -> new JsonLinesSource(input.stream(), maxRecordBytes);
            case JSON_DOCUMENT -> new JsonDocumentSource(input.stream());
            case CSV -> new CsvSource(input.stream(), maxRecordBytes);
        };
    }
}
