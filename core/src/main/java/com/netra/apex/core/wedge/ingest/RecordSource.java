package com.netra.apex.core.wedge.ingest;

import java.io.IOException;

/** Reads one layout of log file (JSON Lines, a JSON document, CSV) into records, one at a time. */
interface RecordSource {

    void readAll(RecordSink sink) throws IOException;
}
