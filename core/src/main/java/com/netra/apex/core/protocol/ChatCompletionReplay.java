package com.netra.apex.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a cached chat completion into what a caller expects: the completion itself with a fresh id and
 * time, or, for a streaming caller, the chunk sequence a provider would have sent (role, content, refusal,
 * tool calls, finish reason, then usage if the caller asked for it).
 */
public final class ChatCompletionReplay {

    private final ObjectMapper json;

    public ChatCompletionReplay(ObjectMapper json) {
        this.json = json;
    }

    /** The cached completion re-issued under {@code id} at {@code created}, under the model name the caller used. */
    public ObjectNode completion(JsonNode cached, String id, long created, String model) {
        ObjectNode out = cached.deepCopy();
        out.put("id", id).put("created", created).put("model", model);
        return out;
    }

    /** The chunk payloads ({@code data:} lines) in order, without the final [DONE]. */
    public List<String> chunks(JsonNode cached, String id, long created, String model, boolean includeUsage) {
        List<String> out = new ArrayList<>();
        for (JsonNode choice : cached.path("choices")) {
            int index = choice.path("index").asInt();
            JsonNode message = choice.path("message");
            ObjectNode role = delta(id, created, model, index);
            ObjectNode roleDelta = ((ObjectNode) role.at("/choices/0/delta")).put("role", "assistant");
            if (message.path("content").isTextual()) {
                roleDelta.put("content", "");
            } else {
                roleDelta.putNull("content"); // as providers announce a tool call or a refusal
            }
            out.add(role.toString());
            if (message.path("content").isTextual() && !message.get("content").asText().isEmpty()) {
                ObjectNode content = delta(id, created, model, index);
                ((ObjectNode) content.at("/choices/0/delta")).put("content", message.get("content").asText());
                out.add(content.toString());
            }
            if (message.path("refusal").isTextual() && !message.get("refusal").asText().isEmpty()) {
                ObjectNode refusal = delta(id, created, model, index);
                ((ObjectNode) refusal.at("/choices/0/delta")).put("refusal", message.get("refusal").asText());
                out.add(refusal.toString());
            }
            int callIndex = 0;
            for (JsonNode call : message.path("tool_calls")) {
                ObjectNode chunk = delta(id, created, model, index);
                ObjectNode c = ((ObjectNode) chunk.at("/choices/0/delta")).putArray("tool_calls").addObject();
                c.put("index", callIndex++).put("id", call.path("id").asText()).put("type", call.path("type").asText("function"));
                c.putObject("function").put("name", call.path("function").path("name").asText())
                        .put("arguments", call.path("function").path("arguments").asText());
                out.add(chunk.toString());
            }
            ObjectNode finish = delta(id, created, model, index);
            ((ObjectNode) finish.at("/choices/0")).put("finish_reason", choice.path("finish_reason").asText("stop"));
            out.add(finish.toString());
        }
        if (includeUsage && cached.path("usage").isObject()) {
            ObjectNode usage = base(id, created, model);
            usage.putArray("choices");
            usage.set("usage", cached.get("usage"));
            out.add(usage.toString());
        }
        return out;
    }

    private ObjectNode delta(String id, long created, String model, int index) {
        ObjectNode chunk = base(id, created, model);
        ArrayNode choices = chunk.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", index);
        choice.putObject("delta");
        choice.putNull("finish_reason");
        return chunk;
    }

    private ObjectNode base(String id, long created, String model) {
        ObjectNode chunk = json.createObjectNode();
        chunk.put("id", id).put("object", "chat.completion.chunk").put("created", created).put("model", model);
        return chunk;
    }
}
