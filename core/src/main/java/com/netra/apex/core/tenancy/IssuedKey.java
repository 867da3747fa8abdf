package com.netra.apex.core.tenancy;

/** A key at the one moment its secret is known: creation. The secret is shown once, never stored. */
public record IssuedKey(String apiKey, ApiKeyRecord record) {
}
