package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.wedge.LogRow;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The Anthropic console's usage/cost CSV: one row per day and model (and key, workspace), columns named
 * loosely; headers are normalized to snake_case before this sees them, so "Input Tokens" is input_tokens.
 */
final class AnthropicConsoleCsvParser implements RecordParser {

    static final String[] DATE = {"date", "usage_date_utc", "usage_date", "day", "starting_at", "timestamp"};
    static final String[] MODEL = {"model", "model_version", "model_name"};
    static final String[] KEY = {"api_key", "api_key_name", "api_key_id", "key", "key_name"};
    static final String[] INPUT = {"input_tokens", "uncached_input_tokens", "usage_input_tokens_no_cache",
            "input_tokens_no_cache", "prompt_tokens"};
    static final String[] OUTPUT = {"output_tokens", "usage_output_tokens", "completion_tokens"};
    static final String[] CACHE_READ = {"cache_read_tokens", "cache_read_input_tokens", "usage_input_tokens_cache_read",
            "input_tokens_cache_read", "cached_input_tokens"};
    static final String[] COST = {"cost", "cost_usd", "amount", "amount_usd", "total_cost", "cost_in_usd"};
    static final String[] REQUESTS = {"requests", "num_requests", "request_count", "requests_count"};

    private final String tenantId;

    AnthropicConsoleCsvParser(String tenantId) {
        this.tenantId = tenantId;
    }

    @Override
    public LogFormat format() {
        return LogFormat.ANTHROPIC_USAGE_EXPORT;
    }

    /** A flat row with a date, a model and token columns, and none of LiteLLM's or Apex's identifying fields. */
    @Override
    public boolean accepts(JsonNode r) {
        return Fields.hasAny(r, DATE) && Fields.hasAny(r, MODEL) && (Fields.hasAny(r, INPUT) || Fields.hasAny(r, OUTPUT))
                && !r.has("spend") && !r.has("request_id") && !r.has("results");
    }

    @Override
    public void parse(SourceRecord record, List<LogRow> rows) {
        JsonNode r = record.node();
        RowDraft row = new RowDraft(format(), tenantId);
        row.rowId = RowIds.of(format(), null, record);
        row.timestamp = Timestamps.read(r, DATE);
        row.model("anthropic", Fields.text(r, MODEL));
        row.keyId = KeyIds.safe(Fields.text(r, KEY));
        row.tokens = new TokenUsage(Fields.count(r, INPUT), Fields.count(r, CACHE_READ), cacheWrites(r),
                Fields.count(r, OUTPUT));
        row.costUsd = Fields.money(r, COST);
        row.requests = Fields.count(r, REQUESTS);
        String tier = Fields.text(r, "service_tier", "usage_type", "tier");
        row.batch = tier != null && tier.toLowerCase(Locale.ROOT).contains("batch");
        row.tags = new Tags().add("workspace", Fields.text(r, "workspace", "workspace_name", "workspace_id")).list();
        rows.add(row.toRow());
    }

    /** Every column about cache writes, summed: the console splits them into 5-minute and 1-hour writes. */
    private static long cacheWrites(JsonNode r) {
        long writes = 0;
        Iterator<String> names = r.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            boolean tokens = !name.contains("cost") && !name.contains("usd") && !name.contains("price");
            if (tokens && (name.contains("cache_write") || name.contains("cache_creation"))) {
                writes += Fields.count(r, name);
            }
        }
        return writes;
    }
}
