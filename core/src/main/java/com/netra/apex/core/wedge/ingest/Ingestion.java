package com.netra.apex.core.wedge.ingest;

import com.netra.apex.core.wedge.LogRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One read in progress: detects the format from the first recognisable record, then parses every record
 * with that format's parser, hands rows on, and keeps the tally and the first problems for the summary.
 */
final class Ingestion implements RecordSink, RecordConversion.Outcomes {

    /** A file whose first hundred records match no format is not a log we read; stop instead of scanning gigabytes. */
    static final int UNRECOGNISED_LIMIT = 100;

    /** Thrown to end a read of a file that is no known format. */
    static final class NotALog extends RuntimeException {
        NotALog() {
            super(null, null, false, false);
        }
    }

    private final FormatDetector detector;
    private final Consumer<LogRow> consumer;
    private final SeenRows seen;
    private final int maxProblems;
    private final List<Malformed> problems = new ArrayList<>();
    private RecordConversion conversion;
    private long rows;
    private long skipped;
    private long repeated;
    private long unrecognised;

    Ingestion(FormatDetector detector, Consumer<LogRow> consumer, SeenRows seen, int maxProblems) {
        this.detector = detector;
        this.consumer = consumer;
        this.seen = seen;
        this.maxProblems = maxProblems;
    }

    @Override
    public void record(SourceRecord record) {
        if (conversion != null) {
            conversion.convert(record, this);
        } else if (RecordConversion.isPage(record.node())) {
            RecordConversion.openPage(record, this, this::record);
        } else if (detect(record)) {
            conversion.convert(record, this);
        }
    }

    /** The conversion of the detected format, or null while no record has been recognised. */
    RecordConversion conversion() {
        return conversion;
    }

    /** A conversion of the detected format of its own, for a worker thread of a parallel read. */
    RecordConversion twinConversion() {
        return new RecordConversion(detector.twin(conversion.parser()));
    }

    @Override
    public void malformed(long line, String reason) {
        skipped++;
        if (problems.size() < maxProblems) {
            problems.add(new Malformed(line, reason));
        }
    }

    ReadSummary summary(long bytesRead, long textBytes) {
        LogFormat format = conversion == null ? null : conversion.parser().format();
        return new ReadSummary(format, rows, skipped, repeated, problems, bytesRead, textBytes);
    }

    /** Picks the format from the first recognisable record; a file of none is abandoned after a hundred. */
    private boolean detect(SourceRecord record) {
        RecordParser parser = detector.parserFor(record.node()).orElse(null);
        if (parser != null) {
            conversion = new RecordConversion(parser);
            return true;
        }
        malformed(record.line(), "no known log format has these fields: " + RecordConversion.fieldNames(record.node()));
        if (++unrecognised >= UNRECOGNISED_LIMIT) {
            throw new NotALog();
        }
        return false;
    }

    @Override
    public void row(LogRow row) {
        if (seen != null && !seen.firstTime(row.rowId())) {
            repeated++;
            return;
        }
        rows++;
        consumer.accept(row);
    }
}
