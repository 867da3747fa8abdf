package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Anthropic's Admin API reports: buckets ({@code starting_at}, {@code results[]}) of the usage report
 * (tokens per model, key, workspace, service tier) or the cost report (an amount per cost type). Each
 * result becomes one aggregate row; the usage report has no request count, so {@code requests} is 0.
 */
final class AnthropicUsageReportParser implements RecordParser {

    private final String tenantId;

    AnthropicUsageReportParser(String tenantId) {
        this.tenantId = tenantId;
    }

    @Override
    public LogFormat format() {
        return LogFormat.ANTHROPIC_USAGE_EXPORT;
    }

    @Override
    public boolean accepts(JsonNode r) {
        return r.has("starting_at") && r.path("results").isArray();
    }

    @Override
    public void parse(SourceRecord record, List<LogRow> rows) {
        JsonNode bucket = record.node();
        Instant start = Timestamps.read(bucket, "starting_at");
        int index = 0;
        for (JsonNode result : bucket.path("results")) {
            RowDraft row = new RowDraft(format(), tenantId);
            row.rowId = RowIds.of(format(), null, record) + "#" + index++;
            row.timestamp = start;
            row.model("anthropic", Fields.text(result, "model"));
            row.keyId = Fields.text(result, "api_key_id");
            row.batch = "batch".equals(Fields.text(result, "service_tier"));
            row.requests = 0;
            Tags tags = new Tags().add("workspace", Fields.text(result, "workspace_id"))
                    .add("context_window", Fields.text(result, "context_window"));
            if (result.has("amount")) {
                cost(result, row, tags);
            } else {
                row.tokens = tokens(result);
            }
            row.tags = tags.list();
            rows.add(row.toRow());
        }
    }

    static TokenUsage tokens(JsonNode result) {
        JsonNode creation = result.path("cache_creation");
        long writes = Fields.count(creation, "ephemeral_5m_input_tokens") + Fields.count(creation, "ephemeral_1h_input_tokens")
                + Fields.count(result, "cache_creation_input_tokens");
        return new TokenUsage(Fields.count(result, "uncached_input_tokens", "input_tokens"),
                Fields.count(result, "cache_read_input_tokens"), writes, Fields.count(result, "output_tokens"));
    }

    /** The cost report states amounts in cents, as decimal strings. */
    private static void cost(JsonNode result, RowDraft row, Tags tags) {
        String currency = Fields.text(result, "currency");
        if (currency != null && !"usd".equals(currency.toLowerCase(Locale.ROOT))) {
            throw new MalformedRecord("cost in " + currency + ", not USD");
        }
        BigDecimal cents = Fields.money(result, "amount");
        if (cents == null) {
            throw new MalformedRecord("cost result without amount");
        }
        row.costUsd = cents.movePointLeft(2);
        tags.add("cost_type", Fields.text(result, "cost_type")).add("token_type", Fields.text(result, "token_type"))
                .add("description", Fields.text(result, "description"));
    }
}
