package com.netra.apex.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.savings.Savings;
import com.netra.apex.core.savings.SavingsCause;
import com.netra.apex.core.savings.SavingsTotals;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.core.usage.UsageSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UsageTextTest {

    private static int sequence;

    private static UsageRecord record(String served, long micros, Cost baseline, Map<SavingsCause, Money> byCause,
                                      boolean holdout) {
        return new UsageRecord("req-" + sequence++, "acme", "key1", Instant.parse("2026-01-15T10:00:00Z"),
                "/v1/chat/completions", "openai", "gpt-4o", served, false, new TokenUsage(10, 0, 0, 5),
                Cost.of(Money.ofMicros(micros), "v1"), 200, UsageRecord.COMPLETED, 100, -1, "none",
                new Savings(baseline, byCause), holdout);
    }

    /** 100 held-out requests at ~100 micros and 900 optimized ones at ~70 micros against a 100 micro baseline. */
    private static UsageSummary thirtyPercentSaving() {
        Random random = new Random(5);
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long cost = Math.round(100 + 10 * random.nextGaussian());
            records.add(record("gpt-4o", cost, Cost.of(Money.ofMicros(cost), "v1"), Map.of(), true));
        }
        for (int i = 0; i < 900; i++) {
            boolean cached = i % 3 == 0;
            long cost = Math.round(70 + 10 * random.nextGaussian());
            SavingsCause cause = cached ? SavingsCause.PROVIDER_CACHE : SavingsCause.ROUTING;
            records.add(record(cached ? "gpt-4o" : "gpt-4o-mini", cost, Cost.of(Money.ofMicros(100), "v1"),
                    Map.of(cause, Money.ofMicros(100 - cost)), false));
        }
        return UsageSummary.of("acme", records);
    }

    @Test
    void tableShowsBaselineSavedAndEachCausePerModelAndInTotal() {
        UsageSummary s = thirtyPercentSaving();
        SavingsTotals total = s.total().savings();
        SavingsTotals mini = s.byModel().get("openai/gpt-4o-mini").savings();

        List<String> lines = UsageText.table(s, 30);

        assertThat(lines).anySatisfy(l -> assertThat(l).contains("BASELINE", "SAVED", "RATE", "EXACT_CACHE",
                "SEMANTIC_CACHE", "ROUTING", "COMPRESSION", "PROVIDER_CACHE"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("TOTAL")
                .contains(UsageCommand.usd(total.baseline()), UsageCommand.usd(total.saved()),
                        UsageCommand.usd(total.of(SavingsCause.ROUTING)),
                        UsageCommand.usd(total.of(SavingsCause.PROVIDER_CACHE))));
        assertThat(mini.baseline()).isEqualTo(Money.usd("0.06"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("openai/gpt-4o-mini")
                .contains("$0.060000", UsageCommand.usd(mini.saved()), "$0.000000"));
    }

    @Test
    void holdoutLineReportsTheMeasuredAndClaimedSaving() {
        List<String> lines = UsageText.table(thirtyPercentSaving(), 30);

        String holdout = lines.get(lines.size() - 1);
        assertThat(holdout).matches("holdout: 100 of 1,000 requests not optimized; measured saving \\d+\\.\\d% "
                + "\\(95% CI \\d+\\.\\d% to \\d+\\.\\d%\\), claimed \\d+\\.\\d%: consistent");
    }

    @Test
    void holdoutLineSaysWhenThereIsTooLittleData() {
        UsageSummary s = UsageSummary.of("acme", List.of(
                record("gpt-4o", 100, Cost.of(Money.ofMicros(100), "v1"), Map.of(), true),
                record("gpt-4o", 70, Cost.of(Money.ofMicros(100), "v1"), Map.of(SavingsCause.ROUTING, Money.ofMicros(30)), false)));

        List<String> lines = UsageText.table(s, 7);

        assertThat(lines.get(lines.size() - 1)).startsWith("holdout: 1 of 2 requests not optimized; insufficient data");
    }

    @Test
    void unpricedBaselinesAreFlaggedNotShownAsZero() {
        UsageSummary s = UsageSummary.of("acme", List.of(
                record("gpt-4o", 100, Cost.unpriced(), Map.of(), false)));

        List<String> lines = UsageText.table(s, 7);

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("TOTAL").contains("$0.000000*"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("1 request(s) asked for models missing from the price table"));
    }

    @Test
    void jsonHasTheSavingsFieldsAndTheHoldoutBlock() throws Exception {
        JsonNode json = new ObjectMapper().readTree(UsageText.json(thirtyPercentSaving(), 30));

        assertThat(json.path("models").path("openai/gpt-4o-mini").path("baseline_cost_usd").asText()).isEqualTo("0.06");
        assertThat(json.path("total").path("savings_usd").path("routing").isTextual()).isTrue();
        assertThat(json.path("total").path("holdout_requests").asLong()).isEqualTo(100);
        assertThat(json.path("holdout").path("verdict").asText()).isEqualTo("consistent");
        assertThat(json.path("holdout").path("ci95_low").isNumber()).isTrue();
    }

    @Test
    void noRequestsPrintsNoSavingsSection() {
        List<String> lines = UsageText.table(UsageSummary.of("acme", List.of()), 7);
        assertThat(lines).noneMatch(l -> l.startsWith("holdout:") || l.contains("BASELINE"));
    }
}
