package com.netra.apex.core.wedge.ingest;

/** Thrown by a parser for a record it cannot read; the reader reports it and moves to the next one. */
final class MalformedRecord extends RuntimeException {

    MalformedRecord(String reason) {
        super(reason, null, false, false); // no stack trace: bad lines can be common and are expected
    }
}
