package com.netra.apex.core.compression;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Anthropic /v1/messages request: a top-level system prompt, and user/assistant messages whose
 * content is a string or blocks (text, tool_result, and others left alone: images, tool_use, thinking).
 */
final class MessagesShape implements RequestShape {

    static final MessagesShape INSTANCE = new MessagesShape();

    private MessagesShape() {
    }

    @Override
    public void forEachTopText(JsonNode request, TextVisitor visitor) {
        visitTexts(request.get("system"), "/system", visitor);
    }

    @Override
    public void forEachMessageText(JsonNode message, int index, TextVisitor visitor) {
        String role = message.path("role").asText();
        if (!role.equals("user") && !role.equals("assistant")) {
            return;
        }
        String at = "/messages/" + index + "/content";
        JsonNode content = message.get("content");
        visitTexts(content, at, visitor);
        if (content == null || !content.isArray()) {
            return;
        }
        for (int j = 0; j < content.size(); j++) {
            if ("tool_result".equals(content.get(j).path("type").asText())) {
                visitTexts(content.get(j).get("content"), at + "/" + j + "/content", visitor);
            }
        }
    }

    /** A string at {@code at}, or the text blocks of a block array there. */
    private static void visitTexts(JsonNode node, String at, TextVisitor visitor) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            visitor.visit(node.textValue(), TextKind.PROSE, () -> at);
            return;
        }
        for (int j = 0; j < node.size() && node.isArray(); j++) {
            JsonNode block = node.get(j);
            JsonNode text = block.get("text");
            if ("text".equals(block.path("type").asText()) && text != null && text.isTextual()) {
                int index = j;
                visitor.visit(text.textValue(), TextKind.PROSE, () -> at + "/" + index + "/text");
            }
        }
    }

    @Override
    public boolean pinned(JsonNode message) {
        return false;
    }

    /** The window must open on a user turn that carries no tool results (their tool_use would be gone). */
    @Override
    public boolean leansOnPrevious(JsonNode message) {
        if (!"user".equals(message.path("role").asText())) {
            return true;
        }
        for (JsonNode block : message.path("content")) {
            if ("tool_result".equals(block.path("type").asText())) {
                return true;
            }
        }
        return false;
    }
}
