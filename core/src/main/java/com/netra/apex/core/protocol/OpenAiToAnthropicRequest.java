package com.netra.apex.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Translates an OpenAI Chat Completions request body into an Anthropic Messages request body.
 *
 * <p>Notable mappings: system and developer messages become the top-level {@code system}; tool calls and
 * tool messages become tool_use and tool_result blocks; {@code max_tokens} defaults to {@value #DEFAULT_MAX_TOKENS}
 * because Anthropic requires it. Anthropic has no JSON mode, so {@code response_format} json_object or
 * json_schema is honoured by appending an instruction (with the schema, if any) to the system prompt: the
 * model usually complies, but the output is not guaranteed to parse. Fields without an Anthropic meaning
 * (logprobs, seed, penalties, logit_bias, stream_options, ...) are dropped; {@code n > 1} is rejected.
 * Every malformed or untranslatable input raises {@link IllegalArgumentException} with a message fit for the
 * caller, so the gateway can answer 400.
 */
public final class OpenAiToAnthropicRequest {

    /** Anthropic requires max_tokens; OpenAI defaults to the model's limit, which we cannot know here. */
    public static final int DEFAULT_MAX_TOKENS = 4096;

    static final String JSON_INSTRUCTION = "Respond only with a valid JSON object. Do not write anything before "
            + "or after it and do not wrap it in Markdown code fences.";

    private OpenAiToAnthropicRequest() {
    }

    /** The Anthropic request for {@code openAiRequest}, addressed to {@code anthropicModel}. */
    public static ObjectNode translate(JsonNode openAiRequest, String anthropicModel) {
        rejectMultipleChoices(openAiRequest);
        JsonNode messages = openAiRequest.path("messages");
        if (!messages.isArray()) {
            throw new IllegalArgumentException("messages must be an array");
        }
        ObjectNode out = AnthropicOpenAiMapping.JSON.createObjectNode();
        out.put("model", anthropicModel);
        out.put("max_tokens", maxTokens(openAiRequest));
        JsonNode system = withJsonInstruction(OpenAiMessagesToAnthropic.system(messages),
                openAiRequest.path("response_format"));
        if (system != null) {
            out.set("system", system);
        }
        out.set("messages", OpenAiMessagesToAnthropic.messages(messages));
        sampling(openAiRequest, out);
        OpenAiToolsToAnthropic.apply(openAiRequest, out);
        if (openAiRequest.hasNonNull("user")) {
            out.putObject("metadata").put("user_id", openAiRequest.get("user").asText());
        }
        if (openAiRequest.path("stream").asBoolean(false)) {
            out.put("stream", true);
        }
        return out;
    }

    private static void rejectMultipleChoices(JsonNode request) {
        if (request.path("n").asInt(1) > 1) {
            throw new IllegalArgumentException("n > 1 is not supported for Anthropic models");
        }
    }

    private static int maxTokens(JsonNode request) {
        // max_completion_tokens supersedes the deprecated max_tokens in OpenAI's API.
        JsonNode value = request.hasNonNull("max_completion_tokens")
                ? request.get("max_completion_tokens") : request.get("max_tokens");
        if (value == null || value.isNull()) {
            return DEFAULT_MAX_TOKENS;
        }
        if (!value.canConvertToInt() || value.asInt() < 1) {
            throw new IllegalArgumentException("max_tokens must be a positive integer");
        }
        return value.asInt();
    }

    private static void sampling(JsonNode request, ObjectNode out) {
        if (request.hasNonNull("temperature")) {
            // OpenAI accepts 0..2, Anthropic 0..1: clamp rather than fail a request valid for the caller.
            out.put("temperature", Math.min(1.0, request.get("temperature").asDouble()));
        }
        // Recent Claude models reject temperature together with top_p; top_p = 1 is a no-op, so drop it then.
        boolean noOpTopP = request.path("top_p").asDouble(0) == 1.0 && request.hasNonNull("temperature");
        if (request.hasNonNull("top_p") && !noOpTopP) {
            out.put("top_p", request.get("top_p").asDouble());
        }
        ArrayNode stops = stopSequences(request.get("stop"));
        if (!stops.isEmpty()) {
            out.set("stop_sequences", stops);
        }
    }

    private static ArrayNode stopSequences(JsonNode stop) {
        ArrayNode stops = AnthropicOpenAiMapping.JSON.createArrayNode();
        if (stop == null || stop.isNull()) {
            return stops;
        }
        if (stop.isTextual()) {
            addStop(stops, stop.asText());
        } else if (stop.isArray()) {
            stop.forEach(s -> addStop(stops, s.asText()));
        } else {
            throw new IllegalArgumentException("stop must be a string or an array of strings");
        }
        return stops;
    }

    private static void addStop(ArrayNode stops, String stop) {
        if (!stop.isEmpty()) {
            stops.add(stop);
        }
    }

    /** The system prompt with the JSON-mode instruction appended, kept after any cache breakpoints. */
    private static JsonNode withJsonInstruction(JsonNode system, JsonNode responseFormat) {
        String instruction = jsonInstruction(responseFormat);
        if (instruction == null) {
            return system;
        }
        if (system == null) {
            return TextNode.valueOf(instruction);
        }
        if (system.isTextual()) {
            return TextNode.valueOf(system.asText() + "\n\n" + instruction);
        }
        ((ArrayNode) system).addObject().put("type", "text").put("text", instruction);
        return system;
    }

    private static String jsonInstruction(JsonNode responseFormat) {
        String type = responseFormat.path("type").asText("text");
        switch (type) {
            case "text":
                return null;
            case "json_object":
                return JSON_INSTRUCTION;
            case "json_schema":
                return schemaInstruction(responseFormat.path("json_schema"));
            default:
                throw new IllegalArgumentException("response_format type '" + type + "' is not supported");
        }
    }

    private static String schemaInstruction(JsonNode spec) {
        if (!spec.path("schema").isObject()) {
            return JSON_INSTRUCTION;
        }
        String name = spec.path("name").asText("");
        return "Respond only with a valid JSON object that conforms to the following JSON Schema"
                + (name.isEmpty() ? "" : " (named \"" + name + "\")") + ". Do not write anything before "
                + "or after it and do not wrap it in Markdown code fences.\n\nJSON Schema:\n" + spec.get("schema");
    }
}
