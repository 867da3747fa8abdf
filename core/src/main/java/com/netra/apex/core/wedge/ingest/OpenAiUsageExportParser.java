package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * OpenAI's organization usage and costs API: buckets ({@code start_time}, {@code results[]}) of usage
 * results (tokens and a request count per model, project, key) or cost results (an amount per line item).
 * Each result becomes one aggregate row.
 */
final class OpenAiUsageExportParser implements RecordParser {

    private static final String COSTS = "organization.costs.result";

    private final String tenantId;

    OpenAiUsageExportParser(String tenantId) {
        this.tenantId = tenantId;
    }

    @Override
    public LogFormat format() {
        return LogFormat.OPENAI_USAGE_EXPORT;
    }

    @Override
    public boolean accepts(JsonNode r) {
        return r.has("start_time") && r.path("results").isArray()
                && ("bucket".equals(r.path("object").asText()) || firstResultIs(r, "organization."));
    }

    private static boolean firstResultIs(JsonNode bucket, String prefix) {
        JsonNode results = bucket.path("results");
        return !results.isEmpty() && results.get(0).path("object").asText().startsWith(prefix);
    }

    @Override
    public void parse(SourceRecord record, List<LogRow> rows) {
        JsonNode bucket = record.node();
        Instant start = Timestamps.read(bucket, "start_time");
        int index = 0;
        for (JsonNode result : bucket.path("results")) {
            RowDraft row = new RowDraft(format(), tenantId);
            row.rowId = RowIds.of(format(), null, record) + "#" + index++;
            row.timestamp = start;
            if (COSTS.equals(result.path("object").asText())) {
                cost(result, row);
            } else {
                usage(result, row);
            }
            rows.add(row.toRow());
        }
    }

    private static void usage(JsonNode result, RowDraft row) {
        long input = Fields.count(result, "input_tokens");
        long cached = Math.min(input, Fields.count(result, "input_cached_tokens"));
        row.model(null, Fields.text(result, "model"));
        row.tokens = new TokenUsage(input - cached, cached, 0, Fields.count(result, "output_tokens"));
        row.requests = Fields.count(result, "num_model_requests");
        row.batch = Fields.flag(result, "batch");
        row.keyId = Fields.text(result, "api_key_id");
        row.tags = new Tags().add("usage", kind(result.path("object").asText()))
                .add("project", Fields.text(result, "project_id")).add("user", Fields.text(result, "user_id")).list();
    }

    /** "organization.usage.completions.result" is "completions". */
    private static String kind(String object) {
        String[] parts = object.split("\\.");
        return parts.length >= 3 ? parts[2] : object;
    }

    /**
     * A cost line item states money but no tokens or request count ({@code requests} 0); its model is
     * the part of the line item before the comma, e.g. "gpt-4o-2024-08-06, input".
     */
    private static void cost(JsonNode result, RowDraft row) {
        JsonNode amount = result.path("amount");
        String currency = Fields.text(amount, "currency");
        if (currency != null && !"usd".equals(currency.toLowerCase(Locale.ROOT))) {
            throw new MalformedRecord("cost in " + currency + ", not USD");
        }
        BigDecimal value = Fields.money(amount, "value");
        if (value == null) {
            throw new MalformedRecord("cost result without amount.value");
        }
        String lineItem = Fields.text(result, "line_item");
        row.costUsd = value;
        row.requests = 0;
        row.model(null, lineItem == null ? null : lineItem.split(",")[0].trim());
        row.tags = new Tags().add("cost_line_item", lineItem).add("project", Fields.text(result, "project_id")).list();
    }
}
