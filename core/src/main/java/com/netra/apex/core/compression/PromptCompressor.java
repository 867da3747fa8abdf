package com.netra.apex.core.compression;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Placeholder until compression lands. */
public final class PromptCompressor {
    public PromptCompressor(int historyWindowMessages) {
    }

    public CompressionResult compressChat(ObjectNode request, CompressionLevel level) {
        return new CompressionResult(request, 0, 0, Map.of());
    }

    public CompressionResult compressMessages(ObjectNode request, CompressionLevel level) {
        return new CompressionResult(request, 0, 0, Map.of());
    }
}
