package com.netra.apex.core.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps an OpenAI {@code messages} array to Anthropic's {@code system} and {@code messages}; one instance per
 * request, because legacy function calls carry no ids and are paired with their results by order.
 */
final class OpenAiMessagesToAnthropic {

    private final ArrayNode out = AnthropicOpenAiMapping.JSON.createArrayNode();
    private int legacyCalls;
    private String pendingLegacyId;

    private OpenAiMessagesToAnthropic() {
    }

    /** The non-system messages, with consecutive same-role messages merged as Anthropic requires. */
    static ArrayNode messages(JsonNode messages) {
        OpenAiMessagesToAnthropic converter = new OpenAiMessagesToAnthropic();
        for (JsonNode message : messages) {
            converter.add(message);
        }
        if (converter.out.isEmpty()) {
            throw new IllegalArgumentException("messages must contain at least one non-empty user or assistant message");
        }
        return converter.out;
    }

    /**
     * System and developer messages, wherever they appear, as one system prompt: a plain string unless some
     * message used parts or cache_control, in which case text blocks keep the caching breakpoints. Null if none.
     */
    static JsonNode system(JsonNode messages) {
        List<JsonNode> systemMessages = new ArrayList<>();
        boolean structured = false;
        for (JsonNode message : messages) {
            if (isSystem(message)) {
                systemMessages.add(message);
                structured |= message.path("content").isArray() || message.hasNonNull("cache_control");
            }
        }
        ArrayNode blocks = AnthropicOpenAiMapping.JSON.createArrayNode();
        for (JsonNode message : systemMessages) {
            blocks.addAll(blocksWithMessageCacheControl(
                    OpenAiContentToAnthropic.textBlocks(message.get("content"), "system"), message));
        }
        if (blocks.isEmpty()) {
            return null;
        }
        return structured ? blocks : TextNode.valueOf(joinText(blocks));
    }

    private static boolean isSystem(JsonNode message) {
        String role = message.path("role").asText();
        return role.equals("system") || role.equals("developer");
    }

    private static String joinText(ArrayNode blocks) {
        List<String> texts = new ArrayList<>();
        blocks.forEach(block -> texts.add(block.path("text").asText()));
        return String.join("\n\n", texts);
    }

    private void add(JsonNode message) {
        String role = message.path("role").asText();
        switch (role) {
            case "system", "developer" -> {
                // Hoisted into the top-level system prompt by system().
            }
            case "user" -> append("user", OpenAiContentToAnthropic.userBlocks(message.get("content")), message);
            case "assistant" -> append("assistant", assistantBlocks(message), message);
            case "tool" -> append("user", toolResult(requireToolCallId(message), message.get("content")), message);
            case "function" -> append("user", toolResult(legacyResultId(), message.get("content")), message);
            default -> throw new IllegalArgumentException("message role '" + role + "' is not supported");
        }
    }

    private void append(String role, ArrayNode blocks, JsonNode message) {
        if (blocks.isEmpty()) {
            return; // Anthropic rejects empty messages; dropping one may leave two same-role neighbours to merge.
        }
        blocksWithMessageCacheControl(blocks, message);
        JsonNode last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.path("role").asText().equals(role)) {
            ((ArrayNode) last.get("content")).addAll(blocks);
        } else {
            out.addObject().put("role", role).set("content", blocks);
        }
    }

    // Some clients put cache_control on the message rather than on a part; Anthropic wants it on a block.
    private static ArrayNode blocksWithMessageCacheControl(ArrayNode blocks, JsonNode message) {
        if (!blocks.isEmpty() && message.hasNonNull("cache_control")) {
            ObjectNode lastBlock = (ObjectNode) blocks.get(blocks.size() - 1);
            if (!lastBlock.has("cache_control")) {
                lastBlock.set("cache_control", message.get("cache_control").deepCopy());
            }
        }
        return blocks;
    }

    private ArrayNode assistantBlocks(JsonNode message) {
        ArrayNode blocks = OpenAiContentToAnthropic.textBlocks(message.get("content"), "assistant");
        for (JsonNode call : message.path("tool_calls")) {
            String type = call.path("type").asText("function");
            if (!type.equals("function")) {
                throw new IllegalArgumentException("tool call type '" + type + "' is not supported for Anthropic models");
            }
            blocks.add(toolUse(call.path("id").asText(), call.path("function")));
        }
        if (message.hasNonNull("function_call")) {
            pendingLegacyId = "call_legacy_" + (++legacyCalls);
            blocks.add(toolUse(pendingLegacyId, message.get("function_call")));
        }
        return blocks;
    }

    private static ObjectNode toolUse(String id, JsonNode function) {
        String name = function.path("name").asText();
        if (id.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException("every assistant tool call needs an id and a function name");
        }
        ObjectNode block = AnthropicOpenAiMapping.JSON.createObjectNode()
                .put("type", "tool_use").put("id", toolId(id)).put("name", name);
        block.set("input", arguments(function.path("arguments"), id, name));
        return block;
    }

    /** OpenAI sends tool arguments as a JSON string; Anthropic wants the object itself. */
    private static JsonNode arguments(JsonNode arguments, String id, String name) {
        if (arguments.isObject()) {
            return arguments.deepCopy(); // lenient: some clients send the object instead of its JSON text
        }
        String text = arguments.isTextual() ? arguments.asText().strip() : "";
        if (text.isEmpty()) {
            return AnthropicOpenAiMapping.JSON.createObjectNode(); // a call with no parameters
        }
        JsonNode parsed;
        try {
            parsed = AnthropicOpenAiMapping.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the arguments of tool call " + id + " (" + name
                    + ") are not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!parsed.isObject()) {
            throw new IllegalArgumentException("the arguments of tool call " + id + " (" + name
                    + ") must be a JSON object, not " + parsed.getNodeType().name().toLowerCase());
        }
        return parsed;
    }

    private static ArrayNode toolResult(String toolCallId, JsonNode content) {
        ObjectNode block = AnthropicOpenAiMapping.JSON.createObjectNode()
                .put("type", "tool_result").put("tool_use_id", toolId(toolCallId));
        if (content != null && content.isTextual()) {
            block.put("content", content.asText());
        } else if (content != null && content.isArray()) {
            block.set("content", OpenAiContentToAnthropic.userBlocks(content));
        }
        ArrayNode blocks = AnthropicOpenAiMapping.JSON.createArrayNode();
        blocks.add(block);
        return blocks;
    }

    private static String requireToolCallId(JsonNode message) {
        String id = message.path("tool_call_id").asText();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("tool messages need a tool_call_id");
        }
        return id;
    }

    private String legacyResultId() {
        if (pendingLegacyId == null) {
            throw new IllegalArgumentException("a function message must follow an assistant function_call");
        }
        return pendingLegacyId;
    }

    /**
     * Anthropic accepts only [A-Za-z0-9_-] in tool ids, while ids minted by other providers may not comply;
     * the same rewrite on both tool_use and tool_result keeps each pair matched.
     */
    private static String toolId(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
