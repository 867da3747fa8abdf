package com.netra.apex.optimize.config;

/** The operator's root secret, as bytes; never logged. */
public record RootSecret(byte[] bytes) {

    @Override
    public String toString() {
        return "RootSecret[redacted]";
    }
}
