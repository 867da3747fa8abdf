package com.netra.apex.core.savings;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Decides whether a request joins the tenant's holdout group (served without optimization).
 *
 * <p>The draw is a uniform number in [0, 1) taken from a SHA-256 hash of the request id. Request
 * ids are random UUIDs, so the draw is random per request, yet anyone can recompute it from the
 * usage record to audit that the holdout was not hand-picked.
 */
public final class HoldoutSampler {

    /** Keeps this draw independent of any other sampling that might hash the same request ids. */
    private static final byte[] DOMAIN = "apex-holdout:".getBytes(StandardCharsets.UTF_8);
    /** A double has 53 bits of mantissa: that many hash bits give every representable step in [0, 1). */
    private static final double TWO_TO_53 = 0x1p53;

    private HoldoutSampler() {
    }

    /**
     * True when the request falls in the holdout: fraction 0 never, 1 always.
     *
     * @throws IllegalArgumentException when fraction is outside [0, 1] or NaN, or the id is null
     */
    public static boolean inHoldout(String requestId, double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("holdout fraction must be in [0, 1], was " + fraction);
        }
        if (requestId == null) {
            throw new IllegalArgumentException("requestId must not be null");
        }
        // No holdout (the common case) costs no hash on the hot path; draw < 1 always, so 1 is "always".
        return fraction > 0 && (fraction == 1 || draw(requestId) < fraction);
    }

    /** The uniform draw in [0, 1) for this request id. */
    static double draw(String requestId) {
        MessageDigest sha = sha256();
        sha.update(DOMAIN);
        byte[] hash = sha.digest(requestId.getBytes(StandardCharsets.UTF_8));
        long top53 = ByteBuffer.wrap(hash).getLong() >>> 11;
        return top53 / TWO_TO_53;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime ships SHA-256", e);
        }
    }
}
