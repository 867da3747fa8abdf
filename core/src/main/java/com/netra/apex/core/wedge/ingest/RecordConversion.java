package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.wedge.LogRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns records into rows with the parser of the format a read detected: export pages are opened, and a
 * record that cannot be read becomes a problem on its line. Holds no state of the read, so each worker of
 * a parallel read has its own (parsers are not thread-safe).
 */
final class RecordConversion {

    /** Where a record's rows and problems go, in the order the record yields them. */
    interface Outcomes {

        void row(LogRow row);

        void malformed(long line, String reason);
    }

    private final RecordParser parser;
    private final List<LogRow> parsed = new ArrayList<>();

    RecordConversion(RecordParser parser) {
        this.parser = parser;
    }

    RecordParser parser() {
        return parser;
    }

    void convert(SourceRecord record, Outcomes out) {
        JsonNode node = record.node();
        if (isPage(node)) {
            openPage(record, out, element -> convert(element, out));
            return;
        }
        if (!parser.accepts(node)) {
            out.malformed(record.line(), "does not match the detected format " + parser.format().wireName()
                    + "; fields: " + fieldNames(node));
            return;
        }
        parsed.clear();
        try {
            parser.parse(record, parsed);
        } catch (MalformedRecord e) {
            out.malformed(record.line(), e.getMessage());
            return;
        } catch (RuntimeException e) { // a parser's bug or an unforeseen shape costs one record, not the file
            out.malformed(record.line(), e.getClass().getSimpleName() + ": " + Fields.clip(String.valueOf(e.getMessage())));
            return;
        }
        for (LogRow row : parsed) { // outside the try: the receiver's own failures are not the record's
            out.row(row);
        }
    }

    /** An export page ({@code "object":"page"} or Anthropic's {@code has_more}) is a container of records. */
    static boolean isPage(JsonNode node) {
        return node.path("data").isArray() && ("page".equals(node.path("object").asText()) || node.has("has_more"));
    }

    /** Hands each object of a page's data on as a record of its own; other elements are problems. */
    static void openPage(SourceRecord page, Outcomes out, Consumer<SourceRecord> elements) {
        for (JsonNode element : page.node().get("data")) {
            if (element.isObject()) {
                elements.accept(page.nested(element));
            } else {
                out.malformed(page.line(), "page data element is not a JSON object");
            }
        }
    }

    static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return Fields.clip(String.join(", ", names));
    }
}
