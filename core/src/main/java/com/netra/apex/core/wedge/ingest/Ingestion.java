package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.wedge.LogRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One read in progress: detects the format from the first recognisable record, then parses every record
 * with that format's parser, hands rows on, and keeps the tally and the first problems for the summary.
 */
final class Ingestion implements RecordSink {

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
    private final List<LogRow> parsed = new ArrayList<>();
    private final List<Malformed> problems = new ArrayList<>();
    private RecordParser parser;
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
        JsonNode node = record.node();
        if (isPage(node)) {
            for (JsonNode element : node.get("data")) {
                if (element.isObject()) {
                    record(record.nested(element));
                } else {
                    malformed(record.line(), "page data element is not a JSON object");
                }
            }
            return;
        }
        RecordParser p = parserFor(record);
        if (p == null) {
            return;
        }
        parsed.clear();
        try {
            p.parse(record, parsed);
        } catch (MalformedRecord e) {
            malformed(record.line(), e.getMessage());
            return;
        } catch (RuntimeException e) { // a parser's bug or an unforeseen shape costs one record, not the file
            malformed(record.line(), e.getClass().getSimpleName() + ": " + Fields.clip(String.valueOf(e.getMessage())));
            return;
        }
        parsed.forEach(this::emit); // outside the try: the consumer's own failures are not the record's
    }

    @Override
    public void malformed(long line, String reason) {
        skipped++;
        if (problems.size() < maxProblems) {
            problems.add(new Malformed(line, reason));
        }
    }

    ReadSummary summary(long bytesRead, long textBytes) {
        return new ReadSummary(parser == null ? null : parser.format(), rows, skipped, repeated, problems, bytesRead,
                textBytes);
    }

    /** An export page ({@code "object":"page"} or Anthropic's {@code has_more}) is a container of records. */
    private static boolean isPage(JsonNode node) {
        return node.path("data").isArray() && ("page".equals(node.path("object").asText()) || node.has("has_more"));
    }

    private RecordParser parserFor(SourceRecord record) {
        if (parser != null) {
            if (parser.accepts(record.node())) {
                return parser;
            }
            malformed(record.line(), "does not match the detected format " + parser.format().wireName() + "; fields: "
                    + fieldNames(record.node()));
            return null;
        }
        parser = detector.parserFor(record.node()).orElse(null);
        if (parser == null) {
            malformed(record.line(), "no known log format has these fields: " + fieldNames(record.node()));
            if (++unrecognised >= UNRECOGNISED_LIMIT) {
                throw new NotALog();
            }
        }
        return parser;
    }

    private void emit(LogRow row) {
        if (seen != null && !seen.firstTime(row.rowId())) {
            repeated++;
            return;
        }
        rows++;
        consumer.accept(row);
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return Fields.clip(String.join(", ", names));
    }
}
