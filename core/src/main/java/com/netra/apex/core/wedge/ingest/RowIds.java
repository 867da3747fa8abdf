package com.netra.apex.core.wedge.ingest;

import com.netra.apex.core.hashing.Sha256;

/** Row identities: the log's own request id when it has one, else a hash of the record's source text. */
final class RowIds {

    private RowIds() {
    }

    /**
     * The format's name before the id keeps ids from different formats apart; a missing id falls back to
     * the source hash, so re-reading the same file always yields the same ids.
     */
    static String of(LogFormat format, String logId, SourceRecord record) {
        return logId != null && !logId.isBlank() ? format.wireName() + ":" + logId
                : format.wireName() + ":sha256:" + record.rawHash();
    }

    /** SHA-256 hex of {@code length} bytes from {@code offset}; a negative length means to the end. */
    static String sha256(byte[] bytes, int offset, int length) {
        return Sha256.hex(bytes, offset, length);
    }
}
