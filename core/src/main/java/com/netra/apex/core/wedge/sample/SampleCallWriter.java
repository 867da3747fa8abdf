package com.netra.apex.core.wedge.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Writes a sample call as one openai_jsonl line: the envelope a logging proxy writes (timestamp, request
 * id, key, user, tags, latency, status) around the request and response, in OpenAI's dialect or, for
 * Claude models, Anthropic's.
 */
final class SampleCallWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    String line(SampleCall c, Instant at, String requestId, String responseId, long latencyMillis) {
        StringWriter out = new StringWriter(1024 + c.userText().length() + (c.system() == null ? 0 : c.system().length()));
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setCodec(JSON);
            g.writeStartObject();
            g.writeStringField("timestamp", at.toString());
            g.writeStringField("request_id", requestId);
            g.writeStringField("api_key_id", c.keyId());
            g.writeStringField("user", c.user());
            g.writeArrayFieldStart("tags");
            for (String tag : c.tags()) {
                g.writeString(tag);
            }
            g.writeEndArray();
            g.writeNumberField("latency_ms", latencyMillis);
            g.writeNumberField("status", 200);
            g.writeFieldName("request");
            request(g, c);
            g.writeFieldName("response");
            response(g, c, at, responseId);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void request(JsonGenerator g, SampleCall c) throws IOException {
        g.writeStartObject();
        g.writeStringField("model", c.model());
        if (c.anthropic()) {
            g.writeNumberField("max_tokens", c.maxTokens());
            if (c.system() != null) {
                g.writeStringField("system", c.system());
            }
        }
        if (c.tools()) {
            g.writeFieldName("tools");
            g.writeTree(SampleSystemPrompts.tools(c.anthropic()));
        }
        g.writeArrayFieldStart("messages");
        if (!c.anthropic() && c.system() != null) {
            message(g, "system", c.system());
        }
        message(g, "user", c.userText());
        g.writeEndArray();
        if (c.temperature() != null) {
            g.writeNumberField("temperature", c.temperature());
        }
        if (!c.anthropic()) {
            g.writeNumberField("max_tokens", c.maxTokens());
        }
        g.writeEndObject();
    }

    private static void message(JsonGenerator g, String role, String content) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", role);
        g.writeStringField("content", content);
        g.writeEndObject();
    }

    private static void response(JsonGenerator g, SampleCall c, Instant at, String id) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        if (c.anthropic()) {
            g.writeStringField("type", "message");
            g.writeStringField("role", "assistant");
            g.writeStringField("model", c.model());
            g.writeArrayFieldStart("content");
            g.writeStartObject();
            g.writeStringField("type", "text");
            g.writeStringField("text", c.answer());
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("stop_reason", "end_turn");
            g.writeObjectFieldStart("usage");
            g.writeNumberField("input_tokens", c.promptTokens());
            g.writeNumberField("cache_creation_input_tokens", 0);
            g.writeNumberField("cache_read_input_tokens", 0);
            g.writeNumberField("output_tokens", c.outputTokens());
        } else {
            g.writeStringField("object", "chat.completion");
            g.writeNumberField("created", at.getEpochSecond());
            g.writeStringField("model", c.model());
            g.writeArrayFieldStart("choices");
            g.writeStartObject();
            g.writeNumberField("index", 0);
            g.writeObjectFieldStart("message");
            g.writeStringField("role", "assistant");
            g.writeStringField("content", c.answer());
            g.writeEndObject();
            g.writeStringField("finish_reason", "stop");
            g.writeEndObject();
            g.writeEndArray();
            g.writeObjectFieldStart("usage");
            g.writeNumberField("prompt_tokens", c.promptTokens());
            g.writeNumberField("completion_tokens", c.outputTokens());
            g.writeNumberField("total_tokens", c.promptTokens() + c.outputTokens());
            g.writeObjectFieldStart("prompt_tokens_details");
            g.writeNumberField("cached_tokens", 0);
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
