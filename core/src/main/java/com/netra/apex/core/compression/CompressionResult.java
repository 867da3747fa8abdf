package com.netra.apex.core.compression;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A compressed request and what the compression saved, in o200k tokens.
 *
 * <p>The token counts cover only the texts the compressor changed or dropped, not the whole request:
 * the tokenizer costs time and runs only where something changed. When nothing changed both are zero
 * and {@link #request()} is the caller's own node instance.
 *
 * @param request           the request to forward: the caller's instance when unchanged, else a modified copy
 * @param tokensBefore      tokens of the changed or dropped texts before compression
 * @param tokensAfter       tokens of the same texts after compression
 * @param tokensSavedByRule tokens saved per rule ("whitespace", "json_minify", "repeated_blocks",
 *                          "history_window"); rules that saved nothing are absent
 */
public record CompressionResult(ObjectNode request, long tokensBefore, long tokensAfter,
                                Map<String, Long> tokensSavedByRule) {

    public CompressionResult {
        LinkedHashMap<String, Long> saved = new LinkedHashMap<>();
        tokensSavedByRule.forEach((rule, tokens) -> {
            if (tokens != null && tokens > 0) {
                saved.put(rule, tokens);
            }
        });
        tokensSavedByRule = Collections.unmodifiableMap(saved);
    }

    /** Nothing to do: the caller's request goes out as it came in. */
    static CompressionResult unchanged(ObjectNode request) {
        return new CompressionResult(request, 0, 0, Map.of());
    }

    /** Whether the request to forward differs from the caller's; the compressor only changes what saves tokens. */
    public boolean changed() {
        return tokensSaved() > 0;
    }

    public long tokensSaved() {
        return tokensBefore - tokensAfter;
    }
}
