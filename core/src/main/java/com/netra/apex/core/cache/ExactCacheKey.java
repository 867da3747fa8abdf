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

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ExactCacheKey() {
    }

    /** The key for a request to {@code endpoint} (e.g. "chat"); endpoints never share keys. */
    public static String of(String endpoint, ObjectNode request) {
        StringBuilder canonical = new StringBuilder(256).append(endpoint).append('\n');
        List<String> names = new ArrayList<>();
        request.fieldNames().forEachRemaining(names::add);
        Collections.sort(names);
        for (String name : names) {
            if (!NOT_ANSWER_CHANGING.contains(name)) {
                canonical.append(name).append('=');
                write(request.get(name), canonical);
                canonical.append('\n');
            }
        }
        return sha256(canonical.toString());
    }

    /** Canonical JSON: object keys sorted, numbers by value (1 and 1.0 are the same temperature). */
    static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quote(names.get(i))).append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> items = node.elements();
            for (int i = 0; items.hasNext(); i++) {
                out.append(i == 0 ? "" : ",");
                write(items.next(), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (node.isTextual()) {
            quote(node.textValue(), out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull()) {
            out.append("null");
        } else {
            out.append(node.toString());
        }
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        quote(s, out);
        return out.toString();
    }

    /**
     * The string as Jackson writes it (its standard escapes), so keys never change; done directly because
     * TextNode.toString() goes through a whole serializer per string, which dominated reading large logs.
     */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                out.append(s, plainFrom, i);
                escape(c, out);
                plainFrom = i + 1;
            }
        }
        out.append(s, plainFrom, s.length()).append('"');
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
