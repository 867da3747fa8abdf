package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The prompt of a chat request as plain text, whatever the request's dialect: OpenAI chat
 * ({@code messages}), Anthropic Messages ({@code system} + {@code messages} with content blocks), OpenAI
 * Responses ({@code instructions} + {@code input}) and legacy completions ({@code prompt}). Images and
 * other non-text parts are left out.
 */
final class ChatPrompts {

    private ChatPrompts() {
    }

    /** Every text part, one per line, system first; null when the request has no text at all. */
    static String text(JsonNode request) {
        StringBuilder text = new StringBuilder(512);
        appendContent(request.get("system"), text);
        appendContent(request.get("instructions"), text);
        for (JsonNode m : request.path("messages")) {
            appendContent(m.get("content"), text);
        }
        JsonNode input = request.get("input");
        if (input != null && input.isArray()) {
            for (JsonNode item : input) {
                appendContent(item.isObject() ? item.get("content") : item, text);
            }
        } else {
            appendContent(input, text);
        }
        appendContent(request.get("prompt"), text);
        return text.length() == 0 ? null : text.toString();
    }

    /** Appends a content value: a string, a list of parts with text, or a tool result's nested content. */
    static void appendContent(JsonNode content, StringBuilder text) {
        if (content == null || content.isNull()) {
            return;
        }
        if (content.isTextual()) {
            line(content.asText(), text);
        } else if (content.isArray()) {
            for (JsonNode part : content) {
                if (part.isTextual()) {
                    line(part.asText(), text);
                } else if (part.hasNonNull("text")) {
                    line(part.get("text").asText(), text);
                } else if (part.has("content")) {
                    appendContent(part.get("content"), text);
                }
            }
        }
    }

    private static void line(String s, StringBuilder text) {
        if (!s.isEmpty()) {
            text.append(text.length() == 0 ? "" : "\n").append(s);
        }
    }
}
