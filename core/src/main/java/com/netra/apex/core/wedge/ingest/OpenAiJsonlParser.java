package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.cache.ExactCacheKey;
import com.netra.apex.core.usage.TokenCounter;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.wedge.LogRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One logged call per line: an envelope around the request and response bodies (OpenAI or Anthropic dialect). */
final class OpenAiJsonlParser implements RecordParser {

    static final String[] TIME = {"timestamp", "created_at", "time", "ts", "start_time", "startTime", "@timestamp"};
    static final String[] END_TIME = {"end_time", "endTime", "completed_at", "finished_at"};
    static final String[] REQUEST = {"request", "body", "request_body", "req"};
    static final String[] RESPONSE = {"response", "response_body", "res", "resp"};
    static final String[] ID = {"request_id", "id", "requestId", "x_request_id", "log_id", "call_id"};
    static final String[] KEY = {"api_key_id", "api_key", "key_id", "apiKey", "api_key_name", "key"};
    static final String[] USER = {"user", "user_id", "end_user"};
    static final String[] LATENCY = {"latency_ms", "duration_ms", "elapsed_ms", "response_time_ms"};
    static final String[] STATUS = {"status_code", "status", "http_status"};
    static final String[] COST = {"cost_usd", "cost", "spend"};

    private final String tenantId;
    private final PromptPrefix prefixes = new PromptPrefix();

    OpenAiJsonlParser(String tenantId) {
        this.tenantId = tenantId;
    }

    @Override
    public LogFormat format() {
        return LogFormat.OPENAI_JSONL;
    }

    @Override
    public boolean accepts(JsonNode r) {
        JsonNode request = Fields.first(r, REQUEST);
        JsonNode response = Fields.first(r, RESPONSE);
        return request != null && (request.isObject() || request.isTextual())
                || response != null && (response.has("usage") || response.has("choices") || response.has("body"));
    }

    @Override
    public void parse(SourceRecord record, List<LogRow> rows) {
        JsonNode r = record.node();
        JsonNode request = Fields.json(r, REQUEST);
        JsonNode response = Fields.json(r, RESPONSE);
        RowDraft row = new RowDraft(format(), tenantId);
        row.status = status(r, response);
        if (response != null && response.has("body") && !response.has("usage")) {
            response = response.get("body"); // OpenAI Batch output: {"status_code", "request_id", "body"}
        }
        String logId = Fields.text(r, ID);
        row.rowId = RowIds.of(format(), logId != null ? logId : response == null ? null : Fields.text(response, "id"), record);
        row.timestamp = timestamp(r, response);
        row.latencyMillis = latency(r, row.timestamp);
        row.model(Fields.text(r, "provider"), model(r, request, response));
        row.batch = Fields.flag(r, "batch") || r.has("custom_id");
        row.costUsd = Fields.money(r, COST);
        attribution(r, request, row);
        prompt(request, row);
        row.tokens = tokens(request, response, row.promptText);
        rows.add(row.toRow());
    }

    private static int status(JsonNode r, JsonNode response) {
        JsonNode source = Fields.hasAny(r, STATUS) ? r : response;
        String status = source == null ? null : Fields.text(source, STATUS);
        if (status == null) {
            return response != null && response.has("error") && !response.has("usage") ? 500 : 200;
        }
        String word = status.trim().toLowerCase(Locale.ROOT);
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        // "failure", "error": the call failed without a recorded HTTP status; "success", "completed" did not
        return word.startsWith("fail") || word.startsWith("error") ? 500 : 200;
    }

    private static Instant timestamp(JsonNode r, JsonNode response) {
        Instant at = Timestamps.read(r, TIME);
        if (at == null && response != null) {
            at = Timestamps.read(response, "created", "created_at");
        }
        return at;
    }

    private static long latency(JsonNode r, Instant start) {
        long stated = Fields.count(r, LATENCY);
        if (stated > 0 || start == null) {
            return stated;
        }
        Instant end = Timestamps.read(r, END_TIME);
        return end == null || end.isBefore(start) ? 0 : Duration.between(start, end).toMillis();
    }

    private static String model(JsonNode r, JsonNode request, JsonNode response) {
        String model = response == null ? null : Fields.text(response, "model");
        if (model == null && request != null) {
            model = Fields.text(request, "model");
        }
        return model != null ? model : Fields.text(r, "model");
    }

    private static void attribution(JsonNode r, JsonNode request, RowDraft row) {
        String user = Fields.text(r, USER);
        if (user == null && request != null) {
            user = Fields.text(request, "user");
        }
        String key = KeyIds.safe(Fields.text(r, KEY));
        row.keyId = key != null ? key : user;
        Tags tags = new Tags().add(Fields.json(r, "tags", "labels")).add(Fields.json(r, "metadata", "meta"));
        if (request != null) {
            tags.add(request.get("metadata"));
        }
        if (key != null) {
            tags.add("user", user);
        }
        row.tags = tags.list();
    }

    private void prompt(JsonNode request, RowDraft row) {
        if (request == null || !request.isObject()) {
            return;
        }
        row.promptText = ChatPrompts.text(request);
        row.promptHash = ExactCacheKey.of("chat", (ObjectNode) request);
        prefixes.of(request).ifPresent(p -> {
            row.prefixHash = p.hash();
            row.prefixTokens = p.tokens();
        });
    }

    /** The response's usage; when the log kept none, an o200k estimate of the prompt and the answer. */
    private static TokenUsage tokens(JsonNode request, JsonNode response, String promptText) {
        TokenUsage usage = ChatUsage.of(response);
        if (usage != null) {
            return usage;
        }
        return new TokenUsage(TokenCounter.count(promptText), 0, 0, TokenCounter.count(ChatUsage.answerText(response)));
    }
}
