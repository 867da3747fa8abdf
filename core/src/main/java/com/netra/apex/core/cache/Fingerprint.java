package com.netra.apex.core.cache;

/** Placeholder until the guards land. */
public record Fingerprint(String text) {
    public String encode() {
        return text;
    }

    public static Fingerprint decode(String s) {
        return new Fingerprint(s);
    }
}
