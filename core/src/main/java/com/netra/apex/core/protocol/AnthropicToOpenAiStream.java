package com.netra.apex.core.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.usage.TokenUsage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Translates one streamed Anthropic Messages response, event by event, into OpenAI {@code chat.completion.chunk}
 * JSON strings (without the {@code data: } prefix; the caller writes {@code data: [DONE]} after message_stop).
 *
 * <p>Not thread-safe: one instance per response, fed in order. An Anthropic {@code error} event does not throw:
 * it yields one OpenAI-style {@code {"error": {...}}} payload, as OpenAI itself sends mid-stream and the OpenAI
 * SDKs raise on, then ends the translation ({@link #error()} tells the gateway; later events are ignored).
 * Token counts accumulate as events arrive, so a stream cut short can still be metered.
 */
public final class AnthropicToOpenAiStream {

    private final String model;
    private final long created;
    private final boolean includeUsage;
    private final Map<Integer, Integer> toolIndexByBlock = new HashMap<>();
    private String id = AnthropicOpenAiMapping.completionId("unknown");
    private long inputTokens;
    private long cacheReadTokens;
    private long cacheWriteTokens;
    private long outputTokens;
    private String finishReason;
    private JsonNode error;
    private boolean finished;

    /**
     * @param requestedModel the model the caller asked for, echoed in every chunk
     * @param created        epoch seconds, the same in every chunk
     * @param includeUsage   the caller's {@code stream_options.include_usage}: adds a final usage chunk
     */
    public AnthropicToOpenAiStream(String requestedModel, long created, boolean includeUsage) {
        this.model = requestedModel;
        this.created = created;
        this.includeUsage = includeUsage;
    }

    /** A translator stamped with the current time. */
    public AnthropicToOpenAiStream(String requestedModel, boolean includeUsage) {
        this(requestedModel, Instant.now().getEpochSecond(), includeUsage);
    }

    /**
     * The OpenAI chunks for one Anthropic SSE event; {@code eventName} may be null, the data's type then decides.
     *
     * @throws IllegalStateException if {@code dataJson} is not JSON, which only a broken upstream would send
     */
    public List<String> onEvent(String eventName, String dataJson) {
        if (finished) {
            return List.of();
        }
        JsonNode data = parse(dataJson);
        String type = eventName == null || eventName.isBlank() ? data.path("type").asText() : eventName;
        switch (type) {
            case "message_start":
                return messageStart(data.path("message"));
            case "content_block_start":
                return blockStart(data.path("index").asInt(), data.path("content_block"));
            case "content_block_delta":
                return blockDelta(data.path("index").asInt(), data.path("delta"));
            case "message_delta":
                return messageDelta(data);
            case "message_stop":
                finished = true;
                return includeUsage ? List.of(usageChunk()) : List.of();
            case "error":
                return error(data.path("error"));
            default:
                return List.of(); // ping, content_block_stop, and event types Anthropic may add later
        }
    }

    private static JsonNode parse(String dataJson) {
        if (dataJson == null || dataJson.isBlank()) {
            return AnthropicOpenAiMapping.JSON.createObjectNode(); // e.g. a ping relayed without data
        }
        try {
            return AnthropicOpenAiMapping.JSON.readTree(dataJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed Anthropic stream event data: " + e.getOriginalMessage(), e);
        }
    }

    private List<String> messageStart(JsonNode message) {
        id = AnthropicOpenAiMapping.completionId(message.path("id").asText("unknown"));
        updateUsage(message.path("usage"));
        ObjectNode delta = AnthropicOpenAiMapping.JSON.createObjectNode().put("role", "assistant").put("content", "");
        return List.of(chunk(delta, null));
    }

    private List<String> blockStart(int blockIndex, JsonNode block) {
        String type = block.path("type").asText();
        if (type.equals("text")) {
            String text = block.path("text").asText();
            return text.isEmpty() ? List.of() : List.of(contentChunk(text));
        }
        if (!type.equals("tool_use")) {
            return List.of(); // thinking and server-tool blocks have no OpenAI counterpart
        }
        int toolIndex = toolIndexByBlock.size();
        toolIndexByBlock.put(blockIndex, toolIndex);
        ObjectNode call = AnthropicOpenAiMapping.toolCall(toolIndex, block.path("id").asText(),
                block.path("name").asText(), "");
        return List.of(toolCallChunk(call));
    }

    private List<String> blockDelta(int blockIndex, JsonNode delta) {
        String type = delta.path("type").asText();
        if (type.equals("text_delta")) {
            String text = delta.path("text").asText();
            return text.isEmpty() ? List.of() : List.of(contentChunk(text));
        }
        Integer toolIndex = toolIndexByBlock.get(blockIndex);
        String partial = delta.path("partial_json").asText();
        // Server-tool blocks stream input_json_delta too but were never announced, so they have no tool index;
        // Anthropic also opens each tool input with an empty fragment, which says nothing to an OpenAI client.
        if (!type.equals("input_json_delta") || toolIndex == null || partial.isEmpty()) {
            return List.of();
        }
        ObjectNode call = AnthropicOpenAiMapping.JSON.createObjectNode().put("index", toolIndex);
        call.putObject("function").put("arguments", partial);
        return List.of(toolCallChunk(call));
    }

    private List<String> messageDelta(JsonNode data) {
        updateUsage(data.path("usage"));
        String reason = AnthropicOpenAiMapping.finishReason(data.path("delta").path("stop_reason").textValue());
        if (reason == null) {
            return List.of();
        }
        finishReason = reason;
        return List.of(chunk(AnthropicOpenAiMapping.JSON.createObjectNode(), reason));
    }

    // Anthropic's usage counts are cumulative (message_delta repeats and extends message_start's), so keep
    // the largest value seen rather than adding; an absent or null field leaves the count unchanged.
    private void updateUsage(JsonNode usage) {
        inputTokens = Math.max(inputTokens, usage.path("input_tokens").asLong(0));
        cacheReadTokens = Math.max(cacheReadTokens, usage.path("cache_read_input_tokens").asLong(0));
        cacheWriteTokens = Math.max(cacheWriteTokens, usage.path("cache_creation_input_tokens").asLong(0));
        outputTokens = Math.max(outputTokens, usage.path("output_tokens").asLong(0));
    }

    private List<String> error(JsonNode anthropicError) {
        finished = true;
        error = anthropicError.deepCopy();
        String type = anthropicError.path("type").asText("api_error");
        ObjectNode out = AnthropicOpenAiMapping.JSON.createObjectNode();
        out.putObject("error")
                .put("message", anthropicError.path("message").asText("the upstream stream failed"))
                .put("type", type).putNull("param").put("code", type);
        return List.of(out.toString());
    }

    private String contentChunk(String text) {
        return chunk(AnthropicOpenAiMapping.JSON.createObjectNode().put("content", text), null);
    }

    private String toolCallChunk(ObjectNode call) {
        ObjectNode delta = AnthropicOpenAiMapping.JSON.createObjectNode();
        delta.putArray("tool_calls").add(call);
        return chunk(delta, null);
    }

    private String chunk(ObjectNode delta, String reason) {
        ObjectNode chunk = header();
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        choice.put("finish_reason", reason);
        if (includeUsage) {
            chunk.putNull("usage"); // OpenAI sends usage: null on every chunk but the last when usage is asked for
        }
        return chunk.toString();
    }

    private String usageChunk() {
        ObjectNode chunk = header();
        chunk.putArray("choices");
        chunk.set("usage", AnthropicOpenAiMapping.usage(tokenUsage()));
        return chunk.toString();
    }

    private ObjectNode header() {
        return AnthropicOpenAiMapping.JSON.createObjectNode()
                .put("id", id).put("object", "chat.completion.chunk").put("created", created).put("model", model);
    }

    /** Input tokens billed at the full price: excludes cache reads and writes. */
    public long inputTokens() {
        return inputTokens;
    }

    /** Input tokens read from Anthropic's prompt cache. */
    public long cacheReadTokens() {
        return cacheReadTokens;
    }

    /** Input tokens written to Anthropic's prompt cache. */
    public long cacheWriteTokens() {
        return cacheWriteTokens;
    }

    /** Output tokens so far; final once message_delta has arrived. */
    public long outputTokens() {
        return outputTokens;
    }

    /** The counts above as the domain's usage, ready for metering. */
    public TokenUsage tokenUsage() {
        return new TokenUsage(inputTokens, cacheReadTokens, cacheWriteTokens, outputTokens);
    }

    /** The OpenAI finish_reason once message_delta has arrived, else null. */
    public String finishReason() {
        return finishReason;
    }

    /** True after message_stop or an error event. */
    public boolean isFinished() {
        return finished;
    }

    /** Anthropic's {@code error} object ({type, message}) if the stream failed. */
    public Optional<JsonNode> error() {
        return Optional.ofNullable(error);
    }
}
