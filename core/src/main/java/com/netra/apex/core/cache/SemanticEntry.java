package com.netra.apex.core.cache;

import java.time.Instant;

/**
 * One semantic-index entry: the quantized embedding of a cached prompt, its meaning fingerprint for the
 * guards, and when it expires. The answer itself is in the {@link AnswerCache} under {@link #answerKey()}.
 */
public record SemanticEntry(String entryId, byte[] vector, String fingerprint, Instant expiresAt) {

    public String answerKey() {
        return answerKey(entryId);
    }

    public static String answerKey(String entryId) {
        return "sem:" + entryId;
    }
}
