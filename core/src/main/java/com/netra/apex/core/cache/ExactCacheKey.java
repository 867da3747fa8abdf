package com.netra.apex.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.hashing.Sha256;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The exact-cache key of a request: a SHA-256 over a canonical form of every field that can change the
 * answer (model, every message with the system prompt, tools, tool choice, sampling parameters, seed,
 * response format, max tokens and anything unknown). Only fields that cannot change the content are left
 * out, so two requests share a key only if a provider would be asked the same question.
 */
public final class ExactCacheKey {

    /** Delivery, attribution and provider-side caching hints: they change how an answer arrives, not what it says. */
    private static final Set<String> NOT_ANSWER_CHANGING = Set.of(
            "stream", "stream_options", "user", "metadata", "store", "prompt_cache_key", "safety_identifier",
            "service_tier");

    /** Keys of a request are built in one reused buffer per thread; a huge one is not kept. */
    private static final int KEPT_CAPACITY = 1 << 20;
    private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(4096));

    private ExactCacheKey() {
    }

    /** The key for a request to {@code endpoint} (e.g. "chat"); endpoints never share keys. */
    public static String of(String endpoint, ObjectNode request) {
        StringBuilder canonical = BUFFER.get();
        canonical.setLength(0);
        canonical.append(endpoint).append("\nv2\n");
        for (String name : sortedNames(request)) {
            if (!NOT_ANSWER_CHANGING.contains(name)) {
                text(name, canonical);
                write(request.get(name), canonical);
            }
        }
        String key = sha256(canonical.toString());
        if (canonical.capacity() > KEPT_CAPACITY) {
            BUFFER.remove();
        }
        return key;
    }

    /**
     * Canonical form: object keys sorted, numbers by value (1 and 1.0 are the same temperature), and every
     * string length-prefixed instead of escaped, so no character needs inspecting (escaping each character
     * was most of the cost of reading large logs) and no two different values write the same text.
     */
    static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = sortedNames(node);
            out.append('{').append(names.size());
            for (String name : names) {
                text(name, out);
                write(node.get(name), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[').append(node.size());
            Iterator<JsonNode> items = node.elements();
            while (items.hasNext()) {
                write(items.next(), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append('n');
            text(node.decimalValue().stripTrailingZeros().toPlainString(), out);
        } else if (node.isTextual()) {
            out.append('s');
            text(node.textValue(), out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? 'T' : 'F');
        } else if (node.isNull()) {
            out.append('Z');
        } else {
            out.append('x');
            text(node.toString(), out);
        }
    }

    /** A string as its length, a colon and its characters: unambiguous whatever it contains. */
    private static void text(String s, StringBuilder out) {
        out.append(s.length()).append(':').append(s);
    }

    private static List<String> sortedNames(JsonNode node) {
        List<String> names = new ArrayList<>(node.size());
        node.fieldNames().forEachRemaining(names::add);
        Collections.sort(names);
        return names;
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
