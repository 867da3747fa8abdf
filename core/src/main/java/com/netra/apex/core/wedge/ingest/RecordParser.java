package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.wedge.LogRow;
import java.util.List;

/** Turns the records of one log format into rows. */
interface RecordParser {

    LogFormat format();

    /** Whether a record has this format's fields; decides detection, so it must not accept other formats' records. */
    boolean accepts(JsonNode record);

    /**
     * Appends the record's rows (one for a logged call, one per result for an aggregate bucket); throws
     * {@link MalformedRecord} (or any runtime exception) when the record cannot be read.
     */
    void parse(SourceRecord record, List<LogRow> rows);
}
