package com.netra.apex.core.compression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.BitSet;

/**
 * The lossy rule: keep the instructions and the most recent turns, drop the older conversation.
 *
 * <p>System and developer messages are always kept, in place. Of the other messages the last N are
 * kept, and the window is widened backwards until it opens on a message that stands on its own: a tool
 * result whose tool call was dropped would be rejected by the provider, or would confuse the model.
 *
 * <p>Summarizing the dropped turns would keep more of their meaning, but needs an LLM call on the
 * request path; it is not implemented.
 */
final class HistoryWindow {

    private HistoryWindow() {
    }

    /** Indices into {@code messages} to drop; empty when the conversation fits the window. */
    static BitSet dropped(JsonNode messages, int window, RequestShape shape) {
        BitSet dropped = new BitSet();
        if (!messages.isArray() || messages.size() <= window) {
            return dropped;
        }
        int[] others = new int[messages.size()];
        int count = 0;
        for (int i = 0; i < messages.size(); i++) {
            if (!shape.pinned(messages.get(i))) {
                others[count++] = i;
            }
        }
        int first = Math.max(count - window, 0);
        while (first > 0 && shape.leansOnPrevious(messages.get(others[first]))) {
            first--;
        }
        for (int k = 0; k < first; k++) {
            dropped.set(others[k]);
        }
        return dropped;
    }
}
