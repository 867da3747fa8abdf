package com.netra.apex.core.wedge.analysis;

import static com.netra.apex.core.wedge.analysis.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.wedge.LogRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateAnalyzerTest {

    /** gpt-4o-mini: 1,000 input tokens at $0.15/M plus 100 output at $0.60/M. */
    private static final Money ONE_CALL = Money.usd("0.00021");

    private static final String REFUND = "Please write a polite reply to a customer who asks for a refund on order "
            + "4411 because the blue jacket arrived torn at the left sleeve and the zipper does not close properly "
            + "at all, and offer a replacement shipped with express delivery at our cost";

    private static Finding analyse(List<LogRow> rows) {
        NearDuplicateAnalyzer analyzer = new NearDuplicateAnalyzer(new RowPrices(PriceTableLoader.shipped()));
        rows.forEach(analyzer::accept);
        return analyzer.finding();
    }

    private static List<LogRow> withNoise(List<LogRow> planted) {
        List<LogRow> rows = new ArrayList<>(planted);
        Words words = new Words(7);
        for (int i = 0; i < 40; i++) {
            rows.add(row(words.sentence(30 + i)).atSeconds(1000 + i).build());
        }
        return rows;
    }

    @Test
    void countsEveryRewordingAfterTheFirstAtItsCost() {
        Finding f = analyse(withNoise(List.of(
                row(REFUND).atSeconds(0).build(),
                row(REFUND.replace("Please write", "Write")).atSeconds(60).build(),
                row(REFUND.toUpperCase().replace(",", " ;")).atSeconds(120).build(),
                row(REFUND.replace("polite", "friendly")).atSeconds(180).build())));

        assertThat(f.kind()).isEqualTo(FindingKind.NEAR_DUPLICATES);
        assertThat(f.evidence().rowsAffected()).isEqualTo(3);
        assertThat(f.evidence().counts()).containsEntry("clusters", 1L).containsEntry("refused_by_meaning_guard", 0L);
        assertThat(f.dollars()).contains(Money.usd("0.00063"));
        assertThat(f.recommendedSetting()).isEqualTo("cache.semantic=on");
        assertThat(f.evidence().examples()).isNotEmpty().allMatch(e -> e.contains("≈") && e.length() < 420);
    }

    @Test
    void aRewordingWithAnotherNumberIsNotCounted() {
        Finding f = analyse(withNoise(List.of(
                row(REFUND).atSeconds(0).build(),
                row(REFUND.replace("4411", "4412")).atSeconds(60).build())));

        assertThat(f.evidence().rowsAffected()).isZero();
        assertThat(f.dollars()).contains(Money.ZERO);
        assertThat(f.evidence().counts()).containsEntry("refused_by_meaning_guard", 1L);
    }

    @Test
    void aRewordingThatFlipsNegationIsNotCounted() {
        Finding f = analyse(List.of(
                row(REFUND).atSeconds(0).build(),
                row(REFUND.replace("does not close", "does close")).atSeconds(60).build()));

        assertThat(f.evidence().rowsAffected()).isZero();
        assertThat(f.evidence().counts().get("refused_by_meaning_guard")).isEqualTo(1L);
    }

    @Test
    void exactRepeatsAreLeftToTheExactFinding() {
        LogRow first = row(REFUND).atSeconds(0).build();
        Finding f = analyse(List.of(first, row(REFUND).atSeconds(5).build(), row(REFUND).atSeconds(9).build()));

        assertThat(f.evidence().rowsAffected()).isZero();
        assertThat(f.evidence().counts()).containsEntry("exact_repeats_skipped", 2L);
    }

    @Test
    void theEarliestPromptIsTheOneACacheWouldHaveKept() {
        // arrives out of order: the rewording is older, so the cache would have stored it and served the original
        Finding f = analyse(List.of(
                row(REFUND).atSeconds(600).tokens(2000, 0, 0, 100).build(),
                row(REFUND.replace("polite", "friendly")).atSeconds(0).build()));

        assertThat(f.dollars()).contains(Money.usd("0.00036")); // 2,000 x 0.15/M + 100 x 0.60/M
    }

    @Test
    void promptsToOtherModelsOrTenantsAreNeverNearDuplicates() {
        Finding f = analyse(List.of(
                row(REFUND).build(),
                row(REFUND.replace("polite", "friendly")).model("openai", "gpt-4o").build(),
                row(REFUND.replace("polite", "kind")).tenant("other").build()));

        assertThat(f.evidence().rowsAffected()).isZero();
    }

    @Test
    void aSharedSystemPromptDoesNotMakeUnrelatedQuestionsAlike() {
        String system = new Words(3).sentence(400) + "\n\n";
        Words questions = new Words(11);
        List<LogRow> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(row(system + questions.sentence(25)).prefix("sys-1", 1200).atSeconds(i).build());
        }
        rows.add(row(system + REFUND).prefix("sys-1", 1200).atSeconds(100).build());
        rows.add(row(system + REFUND.replace("polite", "friendly")).prefix("sys-1", 1200).atSeconds(200).build());

        Finding f = analyse(rows);

        assertThat(f.evidence().rowsAffected()).isEqualTo(1);
        assertThat(f.dollars()).contains(ONE_CALL);
    }

    @Test
    void nearDuplicatesOfAnUnpricedModelHaveUnknownDollars() {
        Finding f = analyse(List.of(
                row(REFUND).model("mistral", "mistral-large").build(),
                row(REFUND.replace("polite", "friendly")).model("mistral", "mistral-large").build()));

        assertThat(f.evidence().rowsAffected()).isEqualTo(1);
        assertThat(f.dollarsKnown()).isFalse();
        assertThat(f.dollarsPerMonth()).isEmpty();
        assertThat(f.evidence().counts()).containsEntry("unpriced_rows", 1L);
    }

    @Test
    void dollarsPerMonthScaleTheLogsSpanToThirtyDays() {
        Finding f = analyse(List.of(
                row(REFUND).atSeconds(0).build(),
                row(REFUND.replace("polite", "friendly")).atSeconds(2 * 86_400).build()));

        assertThat(f.dollars()).contains(ONE_CALL);
        assertThat(f.dollarsPerMonth()).contains(Money.usd("0.00315")); // 0.00021 x 30 / 2 days
        assertThat(f.evidence().amounts()).containsEntry("within_semantic_cache_ttl_3600s", Money.ZERO);
    }

    @Test
    void manyRewordingsOfOneTemplateFormOneCluster() {
        List<LogRow> rows = new ArrayList<>();
        rows.add(row(REFUND).atSeconds(0).build());
        Words words = new Words(5);
        for (int i = 0; i < 300; i++) {
            rows.add(row(REFUND.replace("polite", words.word())).atSeconds(i + 1).build());
        }
        Finding f = analyse(rows);

        // each differs from the first in 3 of ~50 shingles (Jaccard 0.88); the 64-value estimate may miss a few
        assertThat(f.evidence().counts()).containsEntry("clusters", 1L);
        assertThat(f.evidence().rowsAffected()).isBetween(285L, 300L);
        assertThat(f.dollars()).contains(new Money(ONE_CALL.usd().multiply(
                java.math.BigDecimal.valueOf(f.evidence().rowsAffected()))));
    }
}
