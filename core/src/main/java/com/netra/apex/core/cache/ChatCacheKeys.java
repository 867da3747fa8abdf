package com.netra.apex.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Cache keys of an OpenAI-format chat request, and whether it may be cached at all. */
public final class ChatCacheKeys {

    /** OpenAI's default when a request names no temperature. */
    private static final double DEFAULT_TEMPERATURE = 1.0;

    private ChatCacheKeys() {
    }

    /** Why this request must not be cached, or empty when it may be. */
    public static Optional<String> notCacheable(ObjectNode request, double maxTemperature) {
        if (request.path("n").asInt(1) > 1) {
            return Optional.of("n > 1 asks for several different samples");
        }
        double temperature = request.hasNonNull("temperature") ? request.get("temperature").asDouble() : DEFAULT_TEMPERATURE;
        if (temperature > maxTemperature) {
            return Optional.of("temperature " + temperature + " is above the tenant's cache limit " + maxTemperature);
        }
        for (JsonNode m : request.path("modalities")) {
            if (!"text".equals(m.asText())) {
                return Optional.of("non-text output modalities");
            }
        }
        return Optional.empty();
    }

    public static String exact(ObjectNode request) {
        return ExactCacheKey.of("chat", request);
    }

    /** The semantic query, or empty when the last message is not a plain-text user message. */
    public static Optional<SemanticQuery> semantic(ObjectNode request) {
        JsonNode messages = request.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            return Optional.empty();
        }
        JsonNode last = messages.get(messages.size() - 1);
        String text = userText(last);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        ObjectNode context = request.deepCopy();
        ArrayNode earlier = context.putArray("messages");
        for (int i = 0; i < messages.size() - 1; i++) {
            earlier.add(messages.get(i));
        }
        return Optional.of(new SemanticQuery(ExactCacheKey.of("chat-semantic", context), text));
    }

    /** The text of a user message; null when it has anything but text (an image changes the question). */
    public static String userText(JsonNode message) {
        if (!"user".equals(message.path("role").asText())) {
            return null;
        }
        JsonNode content = message.get("content");
        if (content == null) {
            return null;
        }
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (!"text".equals(part.path("type").asText())) {
                return null;
            }
            text.append(text.length() == 0 ? "" : "\n").append(part.path("text").asText());
        }
        return text.toString();
    }

    /** Whether a provider's completion may be cached: every choice finished normally (not filtered or cut off by an error). */
    public static boolean answerCacheable(JsonNode completion) {
        JsonNode choices = completion.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            return false;
        }
        for (JsonNode c : choices) {
            String reason = c.path("finish_reason").asText("");
            if (!reason.equals("stop") && !reason.equals("tool_calls") && !reason.equals("length")) {
                return false;
            }
        }
        return true;
    }
}
