package com.netra.apex.core.compression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.BitSet;
import java.util.function.Supplier;

/** Where the texts sit in one provider's request body, and which messages a history window must keep together. */
interface RequestShape {

    /** What a text may hold: free prose, or a string that must be JSON (tool-call arguments). */
    enum TextKind { PROSE, JSON }

    /** Receives each compressible text; the JSON Pointer is built only when a rule changes the text. */
    @FunctionalInterface
    interface TextVisitor {
        void visit(String text, TextKind kind, Supplier<String> pointer);
    }

    /** Texts outside the message list, e.g. Anthropic's top-level system prompt. */
    void forEachTopText(JsonNode request, TextVisitor visitor);

    /** Texts of the message at {@code index} in "messages". */
    void forEachMessageText(JsonNode message, int index, TextVisitor visitor);

    /** A message any history window keeps (system and developer instructions). */
    boolean pinned(JsonNode message);

    /** A message that cannot open a window because it answers the message before it (a tool result). */
    boolean leansOnPrevious(JsonNode message);

    /** All texts of the request, skipping the messages flagged in {@code skip}. */
    default void forEachText(JsonNode request, BitSet skip, TextVisitor visitor) {
        forEachTopText(request, visitor);
        JsonNode messages = request.path("messages");
        for (int i = 0; i < messages.size(); i++) {
            if (!skip.get(i)) {
                forEachMessageText(messages.get(i), i, visitor);
            }
        }
    }
}
