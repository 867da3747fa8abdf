package com.netra.apex.core.wedge.ingest;

/** A record the reader skipped, with where it was (1-based line of the file, 0 if unknown) and why. */
public record Malformed(long lineNumber, String reason) {
}
