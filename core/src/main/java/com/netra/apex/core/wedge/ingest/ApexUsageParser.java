package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.metering.UsageRecordCodec;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.core.wedge.LogRow;
import java.util.List;

/** Apex's own usage records (the journal's JSON Lines): tokens and cost, no prompt text. */
final class ApexUsageParser implements RecordParser {

    private final String tenantId;

    ApexUsageParser(String tenantId) {
        this.tenantId = tenantId;
    }

    @Override
    public LogFormat format() {
        return LogFormat.APEX_USAGE;
    }

    @Override
    public boolean accepts(JsonNode r) {
        return r.has("request_id") && r.has("received_at") && (r.has("served_model") || r.has("requested_model"));
    }

    @Override
    public void parse(SourceRecord record, List<LogRow> rows) {
        if (!record.node().hasNonNull("received_at")) {
            throw new MalformedRecord("no received_at");
        }
        UsageRecord u = UsageRecordCodec.fromJson(record.node());
        RowDraft row = new RowDraft(format(), tenantId);
        row.rowId = RowIds.of(format(), u.requestId(), record);
        row.timestamp = u.receivedAt();
        row.model(u.provider(), u.servedModel() != null ? u.servedModel() : u.requestedModel());
        row.keyId = u.keyId();
        row.tags = new Tags().add("endpoint", u.endpoint()).add("apex_cache", "none".equals(u.cacheStatus()) ? null : u.cacheStatus()).list();
        row.tokens = u.tokens();
        row.costUsd = u.cost().amount().map(m -> m.usd()).orElse(null);
        row.latencyMillis = u.latencyMillis();
        row.status = u.status();
        rows.add(row.toRow());
    }
}
