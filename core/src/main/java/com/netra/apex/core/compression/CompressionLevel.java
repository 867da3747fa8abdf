package com.netra.apex.core.compression;

import java.util.Locale;

/** How far prompt compression may go: not at all, only meaning-preserving rules, or also lossy ones. */
public enum CompressionLevel {
    OFF, LOSSLESS, LOSSY;

    public static CompressionLevel parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("compression level must be off, lossless or lossy, got '" + s + "'");
        }
    }
}
