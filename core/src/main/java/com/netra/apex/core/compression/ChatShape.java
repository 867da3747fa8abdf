package com.netra.apex.core.compression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** The OpenAI chat.completions request: messages with string or part-array content, and tool calls. */
final class ChatShape implements RequestShape {

    static final ChatShape INSTANCE = new ChatShape();

    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool");

    private ChatShape() {
    }

    @Override
    public void forEachTopText(JsonNode request, TextVisitor visitor) {
        // Everything compressible sits in messages.
    }

    @Override
    public void forEachMessageText(JsonNode message, int index, TextVisitor visitor) {
        if (!ROLES.contains(message.path("role").asText())) {
            return;
        }
        String at = "/messages/" + index;
        JsonNode content = message.get("content");
        if (content != null && content.isTextual()) {
            visitor.visit(content.textValue(), TextKind.PROSE, () -> at + "/content");
        } else if (content != null && content.isArray()) {
            for (int j = 0; j < content.size(); j++) {
                JsonNode text = content.get(j).get("text");
                if ("text".equals(content.get(j).path("type").asText()) && text != null && text.isTextual()) {
                    int part = j;
                    visitor.visit(text.textValue(), TextKind.PROSE, () -> at + "/content/" + part + "/text");
                }
            }
        }
        JsonNode calls = message.path("tool_calls");
        for (int j = 0; j < calls.size(); j++) {
            JsonNode arguments = calls.get(j).path("function").get("arguments");
            if (arguments != null && arguments.isTextual()) {
                int call = j;
                visitor.visit(arguments.textValue(), TextKind.JSON,
                        () -> at + "/tool_calls/" + call + "/function/arguments");
            }
        }
    }

    @Override
    public boolean pinned(JsonNode message) {
        String role = message.path("role").asText();
        return role.equals("system") || role.equals("developer");
    }

    @Override
    public boolean leansOnPrevious(JsonNode message) {
        String role = message.path("role").asText();
        return role.equals("tool") || role.equals("function");
    }
}
