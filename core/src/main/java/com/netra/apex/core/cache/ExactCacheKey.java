package com.netra.apex.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
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
        } else {
            out.append(node.toString());
        }
    }

    private static String quote(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
