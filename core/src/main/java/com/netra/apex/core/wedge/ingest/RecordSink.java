package com.netra.apex.core.wedge.ingest;

/** Where a record source delivers what it read: records, and the places it could not read one. */
interface RecordSink {

    void record(SourceRecord record);

    void malformed(long line, String reason);
}
