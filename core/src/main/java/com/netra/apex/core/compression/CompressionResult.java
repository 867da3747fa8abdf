package com.netra.apex.core.compression;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Placeholder until compression lands. */
public record CompressionResult(ObjectNode request, long tokensBefore, long tokensAfter, Map<String, Long> tokensSavedByRule) {
    public boolean changed() {
        return tokensBefore != tokensAfter;
    }

    public long tokensSaved() {
        return tokensBefore - tokensAfter;
    }
}
