package com.netra.apex.core.wedge.ingest;

import java.util.List;

/**
 * What one read of a log produced.
 *
 * @param format     the detected (or forced) format; null when no record was recognised
 * @param rows       rows handed to the consumer
 * @param skipped    records skipped as malformed or unrecognised
 * @param repeated   rows dropped because the same row id already appeared earlier in this file
 * @param problems   the first skipped records with their line numbers and reasons (at most the reader's limit)
 * @param bytesRead  bytes consumed from the input as given (compressed, when it was gzip)
 * @param textBytes  bytes of log text after decompression
 */
public record ReadSummary(
        LogFormat format, long rows, long skipped, long repeated, List<Malformed> problems, long bytesRead,
        long textBytes) {

    public ReadSummary {
        problems = List.copyOf(problems);
    }
}
