package com.netra.apex.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.savings.HoldoutAnalysis;
import com.netra.apex.core.savings.Savings;
import com.netra.apex.core.savings.SavingsCause;
import com.netra.apex.core.savings.SavingsTotals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageSummarySavingsTest {

    private static int sequence;

    private static UsageRecord record(String served, Cost actual, Cost baseline, Map<SavingsCause, Money> byCause,
                                      boolean holdout) {
        return new UsageRecord("req-" + sequence++, "acme", "key1", Instant.parse("2026-01-15T10:00:00Z"),
                "/v1/chat/completions", "openai", "gpt-4o", served, false, TokenUsage.NONE, actual, 200,
                UsageRecord.COMPLETED, 100, -1, "none", new Savings(baseline, byCause), holdout);
    }

    private static Cost usd(String amount) {
        return Cost.of(Money.usd(amount), "v1");
    }

    @Test
    void manyTinySavingsSumExactlyToTheMicroDollar() {
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            // 0.1 and 0.3 micro-dollars: not representable in binary, a double sum drifts
            records.add(record("gpt-4o-mini", usd("0.0000006"), usd("0.000001"),
                    Map.of(SavingsCause.ROUTING, Money.usd("0.0000003"), SavingsCause.EXACT_CACHE, Money.usd("0.0000001")),
                    false));
        }

        SavingsTotals total = UsageSummary.of("acme", records).total().savings();

        assertThat(total.baseline()).isEqualTo(Money.usd("0.1"));
        assertThat(total.of(SavingsCause.ROUTING)).isEqualTo(Money.usd("0.03"));
        assertThat(total.of(SavingsCause.EXACT_CACHE)).isEqualTo(Money.usd("0.01"));
        assertThat(total.saved().toMicros()).isEqualTo(40_000);
        assertThat(total.saved()).isEqualTo(Money.usd("0.04"));
        assertThat(total.rate().getAsDouble()).isEqualTo(0.4);
    }

    @Test
    void savingsAreSummedPerServedModelAndInTotal() {
        UsageSummary s = UsageSummary.of("acme", List.of(
                record("gpt-4o-mini", usd("0.0007"), usd("0.001"), Map.of(SavingsCause.ROUTING, Money.usd("0.0003")), false),
                record("gpt-4o-mini", usd("0.0001"), usd("0.001"), Map.of(SavingsCause.ROUTING, Money.usd("0.0008"),
                        SavingsCause.COMPRESSION, Money.usd("0.0001")), false),
                record("gpt-4o", usd("0"), usd("0.002"), Map.of(SavingsCause.SEMANTIC_CACHE, Money.usd("0.002")), false),
                record("gpt-4o", usd("0.002"), usd("0.002"), Map.of(), true)));

        UsageSummary.ModelLine mini = s.byModel().get("openai/gpt-4o-mini");
        assertThat(mini.savings()).isEqualTo(new SavingsTotals(Money.usd("0.002"), 0, Map.of(
                SavingsCause.ROUTING, Money.usd("0.0011"), SavingsCause.COMPRESSION, Money.usd("0.0001"))));
        assertThat(mini.holdoutRequests()).isZero();
        UsageSummary.ModelLine full = s.byModel().get("openai/gpt-4o");
        assertThat(full.savings().saved()).isEqualTo(Money.usd("0.002"));
        assertThat(full.holdoutRequests()).isEqualTo(1);
        assertThat(s.total().savings().baseline()).isEqualTo(Money.usd("0.006"));
        assertThat(s.total().savings().saved()).isEqualTo(Money.usd("0.0032"));
        assertThat(s.total().holdoutRequests()).isEqualTo(1);
    }

    @Test
    void unpricedBaselinesAreCountedAndLeftOutOfTheSumsNotTakenAsZero() {
        UsageSummary s = UsageSummary.of("acme", List.of(
                record("gpt-4o-mini", usd("0.0007"), usd("0.001"), Map.of(SavingsCause.ROUTING, Money.usd("0.0003")), false),
                record("gpt-4o-mini", usd("0.0002"), Cost.unpriced(), Map.of(SavingsCause.ROUTING, Money.usd("0.0005")), false)));

        SavingsTotals t = s.total().savings();
        assertThat(t.unpricedBaselines()).isEqualTo(1);
        assertThat(t.baseline()).isEqualTo(Money.usd("0.001"));
        assertThat(t.saved()).isEqualTo(Money.usd("0.0003"));
        assertThat(t.rate().getAsDouble()).isEqualTo(0.3);
        assertThat(s.total().cost()).isEqualTo(Money.usd("0.0009"));
    }

    @Test
    void onlyUnpricedBaselinesHaveNoRate() {
        UsageSummary s = UsageSummary.of("acme", List.of(
                record("m", Cost.unpriced(), Cost.unpriced(), Map.of(), false)));
        assertThat(s.total().savings().baseline()).isEqualTo(Money.ZERO);
        assertThat(s.total().savings().rate()).isEmpty();
        JsonNode total = UsageSummaryJson.of(s, 30).path("total");
        assertThat(total.path("savings_rate").isNull()).isTrue();
        assertThat(total.path("unpriced_baselines").asLong()).isEqualTo(1);
    }

    @Test
    void jsonCarriesBaselineSavingsByCauseRateAndHoldout() {
        UsageSummary s = UsageSummary.of("acme", List.of(
                record("gpt-4o-mini", usd("0.0007"), usd("0.001"), Map.of(SavingsCause.ROUTING, Money.usd("0.0003")), false),
                record("gpt-4o-mini", usd("0.001"), usd("0.001"), Map.of(), true)));

        JsonNode json = UsageSummaryJson.of(s, 7);

        JsonNode line = json.path("models").path("openai/gpt-4o-mini");
        assertThat(line.path("baseline_cost_usd").asText()).isEqualTo("0.002");
        assertThat(line.path("saved_usd").asText()).isEqualTo("0.0003");
        assertThat(line.path("savings_usd").path("routing").asText()).isEqualTo("0.0003");
        assertThat(line.path("savings_usd").path("exact_cache").asText()).isEqualTo("0");
        assertThat(line.path("savings_usd").size()).isEqualTo(SavingsCause.values().length);
        assertThat(line.path("savings_rate").isNumber()).isTrue();
        assertThat(line.path("savings_rate").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(line.path("savings_rate").toString()).isEqualTo("0.1500");
        assertThat(line.path("holdout_requests").asLong()).isEqualTo(1);
        assertThat(json.path("total")).isEqualTo(line);

        JsonNode holdout = json.path("holdout");
        assertThat(holdout.path("holdout_group").path("requests").asLong()).isEqualTo(1);
        assertThat(holdout.path("optimized_group").path("requests").asLong()).isEqualTo(1);
        assertThat(holdout.path("optimized_group").path("mean_cost_usd").asText()).isEqualTo("0.0007");
        assertThat(holdout.path("measured_savings_rate").isNull()).isTrue();
        assertThat(holdout.path("ci95_low").isNull()).isTrue();
        assertThat(holdout.path("claimed_savings_rate").doubleValue()).isCloseTo(0.3, within(1e-9));
        assertThat(holdout.path("verdict").asText()).isEqualTo(HoldoutAnalysis.INSUFFICIENT_DATA);
    }
}
