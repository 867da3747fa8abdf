package com.netra.apex.analytics;

import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.store.RowCost;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** A reproducible log of many calls over March 2025, with the totals it must add up to. */
final class SyntheticLog {

    private static final String[] MODELS = {"gpt-4o", "gpt-4o-mini", "claude-unknown-9"};
    private static final long MARCH_1 = Instant.parse("2025-03-01T00:00:00Z").toEpochMilli();
    private static final long THIRTY_DAYS_MS = 30L * 24 * 3600 * 1000;

    final List<LogRow> rows;
    final BigDecimal spendUsd;
    final long repeatedCalls;

    private SyntheticLog(List<LogRow> rows, BigDecimal spendUsd, long repeatedCalls) {
        this.rows = rows;
        this.spendUsd = spendUsd;
        this.repeatedCalls = repeatedCalls;
    }

    /** {@code size} calls; about one in three repeats an earlier request, half state their own cost. */
    static SyntheticLog of(String tenant, int size) {
        SplittableRandom random = new SplittableRandom(42);
        List<LogRow> rows = new ArrayList<>(size);
        Set<String> hashes = new HashSet<>();
        BigDecimal spend = BigDecimal.ZERO;
        int distinctRequests = Math.max(1, size * 2 / 3);
        for (int i = 0; i < size; i++) {
            LogRow row = row(tenant, i, random, "p" + random.nextInt(distinctRequests));
            rows.add(row);
            hashes.add(row.promptHash());
            RowCost cost = RowCost.of(row, WedgeRows.PRICES);
            spend = cost.priced() ? spend.add(cost.usd()) : spend;
        }
        return new SyntheticLog(rows, spend, size - hashes.size());
    }

    private static LogRow row(String tenant, int i, SplittableRandom random, String hash) {
        String model = MODELS[random.nextInt(MODELS.length)];
        BigDecimal cost = random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(1_000_000), 9) : null;
        Instant at = Instant.ofEpochMilli(MARCH_1 + random.nextLong(THIRTY_DAYS_MS));
        return new LogRow("req-" + i, tenant, at, "openai_jsonl", "openai", model, "key-" + random.nextInt(200),
                List.of("team:" + random.nextInt(8)), random.nextInt(4000), 0, 0, random.nextInt(800), cost,
                "Please answer request " + hash + " about the quarterly report for team " + (i % 8), hash, null, 0,
                random.nextInt(3000), 200, false);
    }
}
