package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.cache.ExactCacheKey;
import com.netra.apex.core.usage.TokenCounter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stable prefix of a chat request, what a provider's prompt cache can reuse: the tools and the leading
 * system/developer messages (OpenAI), the {@code system} field (Anthropic) or {@code instructions}
 * (OpenAI Responses). Not thread-safe: one per reader, because it remembers token counts of recent prefixes.
 */
public final class PromptPrefix {

    /** A prefix's SHA-256 (canonical JSON of tools and system parts) and its o200k token count. */
    public record Prefix(String hash, long tokens) {
    }

    private static final int REMEMBERED = 4096;

    /** Counting tokens costs far more than hashing, and a log repeats the same few system prompts. */
    private final Map<String, Long> tokensByHash = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The request's prefix, or empty when it has neither tools nor a system prompt. */
    public Optional<Prefix> of(JsonNode request) {
        ObjectNode prefix = JsonNodeFactory.instance.objectNode();
        JsonNode tools = request.get("tools");
        boolean hasTools = tools != null && tools.isArray() && !tools.isEmpty();
        if (hasTools) {
            prefix.set("tools", tools);
        }
        ArrayNode system = systemParts(request);
        if (!system.isEmpty()) {
            prefix.set("system", system);
        }
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        String hash = ExactCacheKey.of("prefix", prefix);
        Long tokens = tokensByHash.get(hash);
        if (tokens == null) {
            tokens = TokenCounter.count(prefixText(system, hasTools ? tools : null));
            tokensByHash.put(hash, tokens);
        }
        return Optional.of(new Prefix(hash, tokens));
    }

    private static ArrayNode systemParts(JsonNode request) {
        ArrayNode parts = JsonNodeFactory.instance.arrayNode();
        addIfPresent(parts, request.get("system"));
        addIfPresent(parts, request.get("instructions"));
        for (JsonNode m : request.path("messages")) {
            String role = m.path("role").asText();
            if (!"system".equals(role) && !"developer".equals(role)) {
                break;
            }
            addIfPresent(parts, m.get("content"));
        }
        return parts;
    }

    private static void addIfPresent(ArrayNode parts, JsonNode content) {
        if (content != null && !content.isNull()) {
            parts.add(content);
        }
    }

    private static String prefixText(ArrayNode system, JsonNode tools) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : system) {
            ChatPrompts.appendContent(part, text);
        }
        if (tools != null) {
            text.append('\n').append(tools);
        }
        return text.toString();
    }
}
