package com.netra.apex.core.cache;

import com.netra.apex.core.usage.TokenUsage;
import java.time.Instant;

/**
 * A provider's complete answer kept for reuse: the OpenAI-format chat completion body, who served it and
 * the tokens it used, which price the saving of every later hit.
 *
 * @param prompt the text the answer was cached under (semantic entries), for audit; may be null
 */
public record CachedAnswer(byte[] body, String provider, String servedModel, TokenUsage tokens, Instant createdAt,
                           String prompt) {
}
