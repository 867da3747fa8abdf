package com.netra.apex.core.usage;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Counts tokens with OpenAI's o200k_base encoding. Used where a provider reported no usage (a caller
 * that disconnected mid-stream), so the record is an honest estimate rather than zero.
 */
public final class TokenCounter {

    private TokenCounter() {
    }

    /** Loaded on first use: the encoding tables take a moment and most requests never need them. */
    private static final class Holder {
        static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    }

    public static long count(CharSequence text) {
        return text == null || text.length() == 0 ? 0 : Holder.O200K.countTokensOrdinary(text.toString());
    }
}
