package com.netra.apex.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Maps OpenAI {@code tools}/{@code tool_choice} (and legacy {@code functions}/{@code function_call}) to Anthropic's. */
final class OpenAiToolsToAnthropic {

    private OpenAiToolsToAnthropic() {
    }

    /** Sets {@code tools} and {@code tool_choice} on {@code out} when the request declares tools. */
    static void apply(JsonNode request, ObjectNode out) {
        ArrayNode tools = AnthropicOpenAiMapping.JSON.createArrayNode();
        for (JsonNode tool : request.path("tools")) {
            String type = tool.path("type").asText("function");
            if (!type.equals("function")) {
                throw new IllegalArgumentException("tool type '" + type + "' is not supported for Anthropic models");
            }
            tools.add(tool(tool.path("function")));
        }
        for (JsonNode function : request.path("functions")) {
            tools.add(tool(function));
        }
        if (tools.isEmpty()) {
            return; // a tool_choice without tools means nothing, and Anthropic would reject it
        }
        out.set("tools", tools);
        ObjectNode choice = toolChoice(request);
        if (request.path("parallel_tool_calls").isBoolean() && !request.get("parallel_tool_calls").asBoolean()) {
            choice = choice == null ? type("auto") : choice;
            if (!choice.path("type").asText().equals("none")) {
                choice.put("disable_parallel_tool_use", true);
            }
        }
        if (choice != null) {
            out.set("tool_choice", choice);
        }
    }

    private static ObjectNode tool(JsonNode function) {
        String name = function.path("name").asText();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("every tool needs a function name");
        }
        ObjectNode tool = AnthropicOpenAiMapping.JSON.createObjectNode().put("name", name);
        if (function.hasNonNull("description")) {
            tool.put("description", function.get("description").asText());
        }
        JsonNode parameters = function.get("parameters");
        if (parameters != null && parameters.isObject()) {
            tool.set("input_schema", parameters.deepCopy());
        } else {
            // OpenAI allows omitting parameters for a no-argument function; Anthropic requires a schema.
            tool.putObject("input_schema").put("type", "object").putObject("properties");
        }
        return tool;
    }

    private static ObjectNode toolChoice(JsonNode request) {
        JsonNode choice = request.hasNonNull("tool_choice") ? request.get("tool_choice") : request.get("function_call");
        if (choice == null || choice.isNull()) {
            return null;
        }
        if (choice.isTextual()) {
            return switch (choice.asText()) {
                case "auto" -> type("auto");
                case "required" -> type("any");
                case "none" -> type("none");
                default -> throw new IllegalArgumentException("tool_choice '" + choice.asText() + "' is not supported");
            };
        }
        // {"type": "function", "function": {"name": X}} or legacy function_call {"name": X}
        String name = choice.path("function").path("name").asText(choice.path("name").asText());
        if (name.isEmpty()) {
            throw new IllegalArgumentException("tool_choice must name the function to call");
        }
        return type("tool").put("name", name);
    }

    private static ObjectNode type(String type) {
        return AnthropicOpenAiMapping.JSON.createObjectNode().put("type", type);
    }
}
