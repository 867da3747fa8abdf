package com.netra.apex.core.metering;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Sample usage records for metering tests. */
final class UsageRecords {

    private UsageRecords() {
    }

    static UsageRecord record(String requestId) {
        return new UsageRecord(requestId, "acme", "k1a2b3c4d5e6", Instant.parse("2026-01-15T10:15:30.123456789Z"),
                "/v1/chat/completions", "openai", "gpt-4o", "gpt-4o-2024-08-06", true,
                new TokenUsage(600, 400, 0, 120), Cost.of(Money.usd("0.0032"), "2026-11-01"), 200,
                UsageRecord.COMPLETED, 842, 125, "none");
    }

    static List<UsageRecord> records(String prefix, int count) {
        List<UsageRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(record(prefix + "-" + i));
        }
        return out;
    }
}
