package com.netra.apex.dynamodb;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import java.time.Instant;

/** Usage records for tests. */
final class UsageSamples {

    private UsageSamples() {
    }

    static UsageRecord priced(String tenant, String requestId, Instant receivedAt, String usd) {
        return record(tenant, requestId, receivedAt, Cost.of(Money.usd(usd), "2025-03-01"));
    }

    static UsageRecord unpriced(String tenant, String requestId, Instant receivedAt) {
        return record(tenant, requestId, receivedAt, Cost.unpriced());
    }

    /** The same record under another key id; a long random one makes a record incompressible. */
    static UsageRecord withKeyId(UsageRecord r, String keyId) {
        return new UsageRecord(r.requestId(), r.tenantId(), keyId, r.receivedAt(), r.endpoint(), r.provider(),
                r.requestedModel(), r.servedModel(), r.streamed(), r.tokens(), r.cost(), r.status(), r.outcome(),
                r.latencyMillis(), r.firstTokenMillis(), r.cacheStatus());
    }

    private static UsageRecord record(String tenant, String requestId, Instant receivedAt, Cost cost) {
        return new UsageRecord(requestId, tenant, "key-" + tenant, receivedAt, "/v1/chat/completions", "openai",
                "gpt-4o-mini", "gpt-4o-mini-2024-07-18", requestId.hashCode() % 2 == 0,
                new TokenUsage(1200, 300, 0, 450), cost, 200, UsageRecord.COMPLETED, 842, 120, "miss");
    }
}
