package com.netra.apex.core.tenancy;

import java.time.Instant;

/**
 * A tenant API key as stored: never the secret itself, only its keyed hash.
 *
 * @param keyId      the public part of the key, safe to show and log
 * @param secretHash HMAC-SHA256 of the secret under the operator's hashing key, hex
 * @param revokedAt  null while the key is active
 */
public record ApiKeyRecord(String keyId, String tenantId, String name, String secretHash, Instant createdAt,
                           Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    public ApiKeyRecord revoked(Instant at) {
        return new ApiKeyRecord(keyId, tenantId, name, secretHash, createdAt, at);
    }
}
