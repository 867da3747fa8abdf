package com.netra.apex.core.compression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.usage.TokenCounter;
import java.util.BitSet;

/**
 * Estimates a request's prompt tokens the way the compressor counts them: o200k tokens of every text
 * it can compress (message texts, tool results, tool-call arguments) plus a few tokens of framing per
 * message. Images and structured tool inputs are not counted. Runs the tokenizer on the whole prompt,
 * so it is meant for evaluations and reports, not the request path.
 */
public final class PromptTokens {

    /** OpenAI's chat format frames each message with about three tokens (role and separators). */
    static final int PER_MESSAGE = 3;

    private PromptTokens() {
    }

    public static long ofChat(ObjectNode request) {
        return of(request, ChatShape.INSTANCE);
    }

    public static long ofMessages(ObjectNode request) {
        return of(request, MessagesShape.INSTANCE);
    }

    static long of(JsonNode request, RequestShape shape) {
        long[] sum = {PER_MESSAGE * (long) request.path("messages").size()};
        shape.forEachText(request, new BitSet(), (text, kind, pointer) -> sum[0] += TokenCounter.count(text));
        return sum[0];
    }

    static long ofMessage(JsonNode message, int index, RequestShape shape) {
        long[] sum = {PER_MESSAGE};
        shape.forEachMessageText(message, index, (text, kind, pointer) -> sum[0] += TokenCounter.count(text));
        return sum[0];
    }
}
