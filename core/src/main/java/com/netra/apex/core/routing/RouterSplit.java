package com.netra.apex.core.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The one place that decides which prompts are held out. Keyed on the prompt text alone, so a
 * prompt that appears twice (in two subject files) always lands on the same side and never leaks.
 */
public final class RouterSplit {

    /** One in five: SHA-256 first byte mod 5 == 0 goes to the held-out test split. */
    private static final int TEST_MODULUS = 5;

    private RouterSplit() {
    }

    public static boolean isTest(String prompt) {
        return Byte.toUnsignedInt(sha256(prompt)[0]) % TEST_MODULUS == 0;
    }

    public static boolean isTrain(String prompt) {
        return !isTest(prompt);
    }

    /**
     * Cross-validation fold of a training prompt, 0..folds-1. Uses the second digest byte so the
     * folds are independent of the train/test cut made on the first.
     */
    public static int fold(String prompt, int folds) {
        return Byte.toUnsignedInt(sha256(prompt)[1]) % folds;
    }

    private static byte[] sha256(String prompt) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(prompt.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
