package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.cache.ExactCacheKey;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.wedge.LogRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * LiteLLM proxy's SpendLogs table, exported as JSON Lines, a JSON array or CSV (whose headers arrive
 * snake_cased, so startTime is start_time). One row per call.
 */
final class LiteLlmSpendParser implements RecordParser {

    private static final String[] START = {"startTime", "start_time"};
    private static final String[] END = {"endTime", "end_time"};

    private final String tenantId;
    private final PromptPrefix prefixes = new PromptPrefix();

    LiteLlmSpendParser(String tenantId) {
        this.tenantId = tenantId;
    }

    @Override
    public LogFormat format() {
        return LogFormat.LITELLM_SPEND;
    }

    @Override
    public boolean accepts(JsonNode r) {
        return r.has("spend") && Fields.hasAny(r, START) && (r.has("request_id") || r.has("call_type"));
    }

    @Override
    public void parse(SourceRecord record, List<LogRow> rows) {
        JsonNode r = record.node();
        JsonNode metadata = Fields.json(r, "metadata");
        metadata = metadata == null ? JsonNodeFactory.instance.objectNode() : metadata;
        RowDraft row = new RowDraft(format(), tenantId);
        row.rowId = RowIds.of(format(), Fields.text(r, "request_id"), record);
        row.timestamp = Timestamps.read(r, START);
        Instant end = Timestamps.read(r, END);
        row.latencyMillis = end == null || row.timestamp == null || end.isBefore(row.timestamp) ? 0
                : Duration.between(row.timestamp, end).toMillis();
        row.model(Fields.text(r, "custom_llm_provider"), Fields.text(r, "model", "model_group"));
        row.keyId = KeyIds.safe(firstText(Fields.text(metadata, "user_api_key_alias"), Fields.text(r, "api_key")));
        row.tags = tags(r, metadata);
        row.costUsd = Fields.money(r, "spend");
        row.tokens = tokens(r, metadata.path("usage_object"));
        String status = Fields.text(r, "status");
        row.status = status != null && status.toLowerCase(Locale.ROOT).startsWith("fail") ? 500 : 200;
        String callType = Fields.text(r, "call_type");
        row.batch = callType != null && callType.toLowerCase(Locale.ROOT).contains("batch");
        prompt(r, row);
        rows.add(row.toRow());
    }

    private static String firstText(String a, String b) {
        return a != null ? a : b;
    }

    private static List<String> tags(JsonNode r, JsonNode metadata) {
        Tags tags = new Tags().add(Fields.json(r, "request_tags")).add(metadata.get("tags"))
                .add("user", Fields.text(r, "user", "end_user"))
                .add("team", firstText(Fields.text(metadata, "user_api_key_team_alias"), Fields.text(r, "team_id")));
        if (Fields.flag(r, "cache_hit")) {
            tags.add("litellm_cache_hit"); // served from LiteLLM's own cache: spend is 0 and no provider was called
        }
        return tags.list();
    }

    /**
     * prompt_tokens includes cache reads and writes (LiteLLM normalizes Anthropic's usage to OpenAI's); the
     * split, when logged at all, is in metadata.usage_object.
     */
    private static TokenUsage tokens(JsonNode r, JsonNode usage) {
        long prompt = Fields.count(r, "prompt_tokens");
        long cached = Math.max(Fields.count(usage.path("prompt_tokens_details"), "cached_tokens"),
                Fields.count(usage, "cache_read_input_tokens"));
        long writes = Fields.count(usage, "cache_creation_input_tokens");
        cached = Math.min(cached, prompt);
        writes = Math.min(writes, prompt - cached);
        return new TokenUsage(prompt - cached - writes, cached, writes, Fields.count(r, "completion_tokens"));
    }

    /** The full request when LiteLLM stored it (proxy_server_request), else model and messages. */
    private void prompt(JsonNode r, RowDraft row) {
        JsonNode request = Fields.json(r, "proxy_server_request");
        if (request == null || !request.isObject() || !request.has("messages")) {
            JsonNode messages = Fields.json(r, "messages");
            if (messages == null || !messages.isArray() || messages.isEmpty()) {
                return;
            }
            ObjectNode synthesized = JsonNodeFactory.instance.objectNode();
            synthesized.put("model", row.model).set("messages", messages);
            request = synthesized;
        }
        row.promptText = ChatPrompts.text(request);
        row.promptHash = ExactCacheKey.of("chat", (ObjectNode) request);
        prefixes.of(request).ifPresent(p -> {
            row.prefixHash = p.hash();
            row.prefixTokens = p.tokens();
        });
    }
}
