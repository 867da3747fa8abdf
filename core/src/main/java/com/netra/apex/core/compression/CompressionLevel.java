package com.netra.apex.core.compression;

import java.util.Locale;

/**
 * How far the gateway may rewrite a prompt before forwarding it.
 *
 * <ul>
 *   <li>{@link #OFF}: forward the caller's request untouched.</li>
 *   <li>{@link #LOSSLESS}: remove only what cannot change what the model reads: messy whitespace,
 *       whitespace inside JSON, exact duplicate paragraphs. Deterministic, so the same prompt prefix
 *       always compresses to the same bytes and provider prompt caching keeps working.</li>
 *   <li>{@link #LOSSY}: lossless, plus dropping old conversation turns. Opt-in, because the dropped
 *       turns shift the prompt prefix on every request, which defeats provider prompt caching.</li>
 * </ul>
 */
public enum CompressionLevel {
    OFF,
    LOSSLESS,
    LOSSY;

    /** Reads a level from configuration or a header, ignoring case and surrounding spaces. */
    public static CompressionLevel parse(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("compression level is empty: use off, lossless or lossy");
        }
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown compression level '" + s + "': use off, lossless or lossy");
        }
    }
}
