package com.netra.apex.core.compression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Shrinks a chat request before it goes upstream, so the caller pays for fewer prompt tokens.
 *
 * <p>{@link CompressionLevel#LOSSLESS} rewrites only what cannot change what the model reads, in the
 * texts of system, developer, user, assistant and tool messages (never images, other parts or field
 * names): messy whitespace outside code fences, whitespace between JSON tokens in JSON texts, ```json
 * blocks and tool-call arguments, and exact repeats of a paragraph within one text. It is deterministic,
 * so a conversation's prefix compresses to the same bytes on every turn and provider prompt caching
 * keeps working.
 *
 * <p>{@link CompressionLevel#LOSSY} also drops all but the last {@code historyWindowMessages}
 * non-system messages. That shifts the prompt prefix on every turn, which breaks provider prompt
 * caching (and its discount), and the model loses the older turns: that is why it is opt-in.
 * Summarizing the dropped turns instead would need an LLM call on the request path and is not
 * implemented.
 *
 * <p>The input is never modified. When nothing saves a token the caller's own instance comes back, so
 * the gateway can forward the original bytes; otherwise a modified deep copy does. Thread-safe.
 */
public final class PromptCompressor {

    private final int historyWindowMessages;

    /** @param historyWindowMessages non-system messages kept by {@link CompressionLevel#LOSSY}; at least 1 */
    public PromptCompressor(int historyWindowMessages) {
        if (historyWindowMessages < 1) {
            throw new IllegalArgumentException("history window must keep at least 1 message, got " + historyWindowMessages);
        }
        this.historyWindowMessages = historyWindowMessages;
    }

    /** Compresses an OpenAI chat.completions request body. */
    public CompressionResult compressChat(ObjectNode openAiChatRequest, CompressionLevel level) {
        return compress(openAiChatRequest, level, ChatShape.INSTANCE);
    }

    /** Compresses an Anthropic /v1/messages request body. */
    public CompressionResult compressMessages(ObjectNode anthropicMessagesRequest, CompressionLevel level) {
        return compress(anthropicMessagesRequest, level, MessagesShape.INSTANCE);
    }

    private CompressionResult compress(ObjectNode request, CompressionLevel level, RequestShape shape) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(level, "level");
        if (level == CompressionLevel.OFF) {
            return CompressionResult.unchanged(request);
        }
        JsonNode messages = request.path("messages");
        BitSet dropped = level == CompressionLevel.LOSSY
                ? HistoryWindow.dropped(messages, historyWindowMessages, shape)
                : new BitSet();
        RuleTally tally = new RuleTally();
        List<TextEdit> edits = new ArrayList<>(0);
        shape.forEachText(request, dropped, (text, kind, pointer) -> {
            String compressed = tally.run(text, TextRule.forText(text, kind));
            if (compressed != text) {
                edits.add(new TextEdit(pointer.get(), compressed));
            }
        });
        dropped.stream().forEach(i -> tally.dropped(PromptTokens.ofMessage(messages.get(i), i, shape)));
        if (edits.isEmpty() && dropped.isEmpty()) {
            return CompressionResult.unchanged(request);
        }
        return new CompressionResult(rewritten(request, edits, dropped), tally.before(), tally.after(),
                tally.savedByRule());
    }

    /** A deep copy with the new texts in place and the dropped messages removed. */
    private static ObjectNode rewritten(ObjectNode request, List<TextEdit> edits, BitSet dropped) {
        ObjectNode copy = request.deepCopy();
        for (TextEdit edit : edits) {
            edit.applyTo(copy);
        }
        if (!dropped.isEmpty()) {
            ArrayNode messages = (ArrayNode) copy.get("messages");
            for (int i = dropped.length() - 1; i >= 0; i = dropped.previousSetBit(i - 1)) {
                messages.remove(i);
            }
        }
        return copy;
    }

    /** A compressed text to put at a JSON Pointer; edits made before messages are removed, so indices hold. */
    private record TextEdit(String pointer, String text) {

        void applyTo(ObjectNode root) {
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) root.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), text);
        }
    }
}
