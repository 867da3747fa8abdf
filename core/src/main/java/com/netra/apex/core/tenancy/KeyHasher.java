package com.netra.apex.core.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The keyed hash (HMAC-SHA256) under which key secrets are stored; a stolen table is useless without it. */
public final class KeyHasher {

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public KeyHasher(byte[] hashingKey) {
        if (hashingKey.length < 32) {
            throw new IllegalArgumentException("the key hashing secret must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(hashingKey.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    public String hash(String secret) {
        return HexFormat.of().formatHex(macs.get().doFinal(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Constant-time comparison, so response timing reveals nothing about the stored hash. */
    public boolean matches(String secret, String expectedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
