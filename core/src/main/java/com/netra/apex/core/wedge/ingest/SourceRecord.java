package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * One record of a log as a JSON tree (CSV rows become objects keyed by normalized column names), with
 * where it started and its source text, from which rows without a request id take their identity.
 * The raw bytes may live in the reader's buffer: use {@link #rawHash()} only while the record is parsed.
 */
final class SourceRecord {

    private final long line;
    private final JsonNode node;
    private final byte[] raw;
    private final int rawOffset;
    private final int rawLength;
    private final String rawText;
    private String rawHash;

    private SourceRecord(long line, JsonNode node, byte[] raw, int rawOffset, int rawLength, String rawText) {
        this.line = line;
        this.node = node;
        this.raw = raw;
        this.rawOffset = rawOffset;
        this.rawLength = rawLength;
        this.rawText = rawText;
    }

    static SourceRecord ofBytes(long line, JsonNode node, byte[] raw, int offset, int length) {
        return new SourceRecord(line, node, raw, offset, length, null);
    }

    static SourceRecord ofText(long line, JsonNode node, String rawText) {
        return new SourceRecord(line, node, null, 0, 0, rawText);
    }

    /** A record nested in this one (a bucket of a page); identified by its own JSON text. */
    SourceRecord nested(JsonNode child) {
        return ofText(line, child, child.toString());
    }

    long line() {
        return line;
    }

    JsonNode node() {
        return node;
    }

    /** SHA-256 of the record's source text, hex. */
    String rawHash() {
        if (rawHash == null) {
            rawHash = raw != null ? RowIds.sha256(raw, rawOffset, rawLength)
                    : RowIds.sha256(rawText.getBytes(StandardCharsets.UTF_8), 0, -1);
        }
        return rawHash;
    }
}
