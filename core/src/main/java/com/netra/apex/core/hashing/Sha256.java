package com.netra.apex.core.hashing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: the one digest behind cache keys, row ids and prompt-prefix keys. */
public final class Sha256 {

    /** One digest per thread: looking the algorithm up for every key showed in profiles of log reading. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    });

    private Sha256() {
    }

    /** The hex digest of the text's UTF-8 bytes. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(DIGEST.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The hex digest of {@code length} bytes from {@code offset}; a negative length means to the end. */
    public static String hex(byte[] bytes, int offset, int length) {
        MessageDigest digest = DIGEST.get(); // digest() resets it for the next use
        digest.update(bytes, offset, length < 0 ? bytes.length - offset : length);
        return HexFormat.of().formatHex(digest.digest());
    }
}
