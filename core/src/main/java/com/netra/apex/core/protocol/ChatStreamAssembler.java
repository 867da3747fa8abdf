package com.netra.apex.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rebuilds the complete chat completion from the OpenAI-format chunks a caller received, so a streamed
 * answer can be cached and later replayed to a streaming or a non-streaming caller alike.
 */
public final class ChatStreamAssembler {

    private final ObjectMapper json;
    private final TreeMap<Integer, Choice> choices = new TreeMap<>();
    private String id;
    private String model;
    private long created;
    private String fingerprint;

    private static final class Choice {
        final StringBuilder content = new StringBuilder();
        final StringBuilder refusal = new StringBuilder();
        final TreeMap<Integer, ObjectNode> toolCalls = new TreeMap<>();
        String finishReason;
        boolean sawContent;
    }

    public ChatStreamAssembler(ObjectMapper json) {
        this.json = json;
    }

    /** Feeds one chunk as sent to the caller. */
    public void accept(JsonNode chunk) {
        id = id == null ? chunk.path("id").asText(null) : id;
        model = model == null ? chunk.path("model").asText(null) : model;
        created = created == 0 ? chunk.path("created").asLong() : created;
        fingerprint = fingerprint == null ? chunk.path("system_fingerprint").asText(null) : fingerprint;
        for (JsonNode c : chunk.path("choices")) {
            Choice choice = choices.computeIfAbsent(c.path("index").asInt(), i -> new Choice());
            JsonNode delta = c.path("delta");
            if (delta.path("content").isTextual()) {
                choice.content.append(delta.get("content").asText());
                choice.sawContent = true;
            }
            if (delta.path("refusal").isTextual()) {
                choice.refusal.append(delta.get("refusal").asText());
            }
            for (JsonNode call : delta.path("tool_calls")) {
                mergeToolCall(choice, call);
            }
            if (c.path("finish_reason").isTextual()) {
                choice.finishReason = c.get("finish_reason").asText();
            }
        }
    }

    private void mergeToolCall(Choice choice, JsonNode delta) {
        ObjectNode call = choice.toolCalls.computeIfAbsent(delta.path("index").asInt(), i -> {
            ObjectNode n = json.createObjectNode();
            n.put("id", "").put("type", "function").putObject("function").put("name", "").put("arguments", "");
            return n;
        });
        if (delta.path("id").isTextual()) {
            call.put("id", delta.get("id").asText());
        }
        if (delta.path("type").isTextual()) {
            call.put("type", delta.get("type").asText());
        }
        ObjectNode fn = (ObjectNode) call.get("function");
        JsonNode f = delta.path("function");
        if (f.path("name").isTextual()) {
            fn.put("name", fn.get("name").asText() + f.get("name").asText());
        }
        if (f.path("arguments").isTextual()) {
            fn.put("arguments", fn.get("arguments").asText() + f.get("arguments").asText());
        }
    }

    /** The completion, or empty unless every choice finished (an interrupted answer is never cached). */
    public Optional<ObjectNode> completion(JsonNode usage) {
        if (choices.isEmpty() || choices.values().stream().anyMatch(c -> c.finishReason == null)) {
            return Optional.empty();
        }
        ObjectNode out = json.createObjectNode();
        out.put("id", id).put("object", "chat.completion").put("created", created).put("model", model);
        ArrayNode list = out.putArray("choices");
        choices.forEach((index, c) -> {
            ObjectNode choice = list.addObject();
            choice.put("index", index);
            ObjectNode message = choice.putObject("message").put("role", "assistant");
            if (c.sawContent || (c.toolCalls.isEmpty() && c.refusal.length() == 0)) {
                message.put("content", c.content.toString());
            } else {
                message.putNull("content");
            }
            if (c.refusal.length() > 0) {
                message.put("refusal", c.refusal.toString());
            }
            if (!c.toolCalls.isEmpty()) {
                ArrayNode calls = message.putArray("tool_calls");
                c.toolCalls.values().forEach(calls::add);
            }
            choice.put("finish_reason", c.finishReason);
        });
        if (usage != null && usage.isObject()) {
            out.set("usage", usage);
        }
        if (fingerprint != null) {
            out.put("system_fingerprint", fingerprint);
        }
        return Optional.of(out);
    }
}
