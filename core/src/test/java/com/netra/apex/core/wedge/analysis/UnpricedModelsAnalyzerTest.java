package com.netra.apex.core.wedge.analysis;

import static com.netra.apex.core.wedge.analysis.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.wedge.LogRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnpricedModelsAnalyzerTest {

    private static Finding analyse(List<LogRow> rows) {
        UnpricedModelsAnalyzer analyzer = new UnpricedModelsAnalyzer(new RowPrices(PriceTableLoader.shipped()));
        rows.forEach(analyzer::accept);
        return analyzer.finding();
    }

    @Test
    void callsToModelsWithoutAPriceAreCountedWithUnknownDollars() {
        Finding f = analyse(List.of(
                row("a").model("mistral", "mistral-large").tokens(300, 0, 0, 20).build(),
                row("b").model("mistral", "mistral-large").tokens(700, 100, 0, 30).build(),
                row("c").model("mistral", "mistral-small").cost("0.002").build(),
                row("d").model("openai", "gpt-4o").build()));

        assertThat(f.dollarsKnown()).isFalse();
        assertThat(f.dollars()).isEmpty();
        assertThat(f.evidence().rowsAffected()).isEqualTo(2);
        assertThat(f.evidence().models()).containsExactly(java.util.Map.entry("mistral/mistral-large", 2L));
        assertThat(f.evidence().counts()).containsEntry("input_tokens", 1000L).containsEntry("cached_input_tokens", 100L)
                .containsEntry("output_tokens", 50L);
        assertThat(f.title()).contains("unknown");
    }

    @Test
    void withEveryModelPricedThereIsNothingUnknown() {
        Finding f = analyse(List.of(row("a").build()));

        assertThat(f.dollars()).contains(Money.ZERO);
        assertThat(f.evidence().rowsAffected()).isZero();
    }
}
