package com.netra.apex.core.wedge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTableLoader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One pass over a generated log with known waste: every finding's dollars match what was planted. */
class WasteAnalysisTest {

    private static final PlantedLogs LOGS = PlantedLogs.generate();
    private static final WasteReport REPORT = WasteAnalysis.standard(PriceTableLoader.shipped())
            .acceptAll(LOGS.rows).report();

    private static Finding finding(FindingKind kind) {
        return REPORT.finding(kind).orElseThrow();
    }

    private static Money times(Money m, long n) {
        return new Money(m.usd().multiply(BigDecimal.valueOf(n)));
    }

    @Test
    void theSpanIsThreeDaysAndTheSpendIsEveryPricedRow() {
        assertThat(REPORT.basisDays()).isEqualTo(3.0);
        assertThat(REPORT.rows()).isEqualTo(LOGS.rows.size());
        assertThat(REPORT.unpricedRows()).isEqualTo(LOGS.unpricedRows);
        assertThat(REPORT.spend()).isEqualTo(LOGS.spend);
        assertThat(REPORT.spendPerMonth()).isEqualTo(times(LOGS.spend, 10));
    }

    @Test
    void findsThePlantedNearDuplicatesButNotTheNumberChanges() {
        Finding f = finding(FindingKind.NEAR_DUPLICATES);

        // each swap changes 3 of ~80 shingles (Jaccard 0.93, estimated within ±0.05): allow one miss in twenty
        assertThat(f.evidence().rowsAffected()).isBetween(LOGS.nearDuplicateRows * 19 / 20, LOGS.nearDuplicateRows);
        assertThat(f.dollars()).contains(times(PlantedLogs.MINI_CALL, f.evidence().rowsAffected()));
        assertThat(f.evidence().counts()).containsEntry("refused_by_meaning_guard", LOGS.numberChanges);
    }

    @Test
    void pricesTheOtherPlantedWasteExactly() {
        assertThat(finding(FindingKind.ROUTABLE).dollars()).contains(LOGS.routable);
        assertThat(finding(FindingKind.ROUTABLE).evidence().rowsAffected()).isEqualTo(30);
        assertThat(finding(FindingKind.PROMPT_BLOAT).dollars()).contains(LOGS.bloat);
        assertThat(finding(FindingKind.PROMPT_BLOAT).evidence().rowsAffected()).isEqualTo(10);
        assertThat(finding(FindingKind.MISSED_PROMPT_CACHING).dollars()).contains(LOGS.caching);
        assertThat(finding(FindingKind.BATCH_DISCOUNT).dollars()).contains(LOGS.batch);
        assertThat(finding(FindingKind.UNPRICED_MODELS).dollarsKnown()).isFalse();
        assertThat(finding(FindingKind.UNPRICED_MODELS).evidence().rowsAffected()).isEqualTo(LOGS.unpricedRows);
    }

    @Test
    void monthlyFiguresAreTheSpanScaledToThirtyDaysAndTheTotalSumsThePricedFindings() {
        Money sum = Money.ZERO;
        for (Finding f : REPORT.findings()) {
            assertThat(f.dollarsPerMonth()).isEqualTo(f.dollars().map(d -> times(d, 10)));
            sum = sum.plus(f.dollarsPerMonth().orElse(Money.ZERO));
        }
        assertThat(REPORT.wastePerMonth()).isEqualTo(sum);
        assertThat(REPORT.ranked().get(REPORT.ranked().size() - 1).kind()).isEqualTo(FindingKind.UNPRICED_MODELS);
    }

    @Test
    void addsFindingsMadeElsewhereAndCapsTheTotalAtTheSpend() {
        LogSpan span = LogSpan.of(TestRows.START, TestRows.START.plusSeconds(3 * PlantedLogs.DAY));
        Finding exact = Finding.priced(FindingKind.EXACT_DUPLICATES, "from SQL", Money.usd("1000"), span,
                new Confidence(1, "identical requests"), new Evidence(10, 5, Map.of(), Map.of(), Map.of(), Map.of(),
                        List.of()), "cache.exact=on", "Turn on the exact cache.");
        WasteReport report = WasteReport.of(span, 10, 0, Money.usd("10"), List.of(exact));

        assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.EXACT_DUPLICATES);
        assertThat(report.wastePerMonth()).isEqualTo(report.spendPerMonth());
        assertThat(report.wasteShare()).contains(1.0);
    }

    @Test
    void theJsonHasEveryFindingWithExactMoneyAndNullForUnknownDollars() {
        JsonNode json = WasteReportJson.of(REPORT);

        assertThat(json.path("format").asText()).isEqualTo("apex-wedge-waste/1");
        assertThat(json.path("spend_usd").asText()).isEqualTo(LOGS.spend.toPlainString());
        assertThat(json.path("span").path("basis_days").decimalValue()).isEqualByComparingTo("3");
        assertThat(json.path("findings")).hasSize(6);
        assertThat(json.path("findings").findValuesAsText("kind")).containsExactly("near_duplicates", "routable",
                "prompt_bloat", "missed_prompt_caching", "batch_discount", "unpriced_models");
        JsonNode routable = json.path("findings").get(1);
        assertThat(routable.path("dollars_usd").asText()).isEqualTo(LOGS.routable.toPlainString());
        assertThat(routable.path("recommended_setting").asText()).startsWith("routing=on");
        assertThat(routable.path("evidence").path("rows_affected").asLong()).isEqualTo(30);
        JsonNode unpriced = json.path("findings").get(5);
        assertThat(unpriced.path("dollars_known").asBoolean()).isFalse();
        assertThat(unpriced.path("dollars_usd").isNull()).isTrue();
        assertThat(unpriced.path("dollars_per_month_usd").isNull()).isTrue();
        assertThat(Optional.ofNullable(unpriced.path("evidence").path("models").get("mistral/mistral-large")))
                .map(JsonNode::asLong).contains(LOGS.unpricedRows);
    }
}
