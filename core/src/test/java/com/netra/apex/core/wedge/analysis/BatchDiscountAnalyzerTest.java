package com.netra.apex.core.wedge.analysis;

import static com.netra.apex.core.wedge.analysis.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.wedge.LogRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchDiscountAnalyzerTest {

    private static Finding analyse(List<LogRow> rows) {
        BatchDiscountAnalyzer analyzer = new BatchDiscountAnalyzer(new RowPrices(PriceTableLoader.shipped()));
        rows.stream().sorted(Comparator.comparing(LogRow::timestamp)).forEach(analyzer::accept);
        return analyzer.finding();
    }

    @Test
    void offlineTagsSaveHalfTheirCostButRowsAlreadyBatchedDoNot() {
        Finding f = analyse(List.of(
                row("a").tags("job:nightly-report").build(),
                row("b").tags("EVAL").build(),
                row("c").tags("team:search", "offline").build(),
                row("d").tags("nightly").batch().build(),
                row("e").tags("nightly").model("groq", "llama-3.1-8b").cost("0.01").build(),
                row("f").tags("evaluation").build()));

        // three gpt-4o-mini calls of $0.00021, half off
        assertThat(f.evidence().rowsAffected()).isEqualTo(3);
        assertThat(f.dollars()).contains(Money.usd("0.000315"));
        assertThat(f.evidence().counts()).containsEntry("already_batch_rows", 1L).containsEntry("tag:EVAL", 1L);
        assertThat(f.recommendedSetting()).isEmpty();
        assertThat(f.recommendation()).contains("batch API", "job:nightly-report");
        assertThat(f.confidence().value()).isEqualTo(0.6);
    }

    @Test
    void aKeyThatBurstsOneShortWhileIdleOtherwiseLooksLikeAJob() {
        List<LogRow> rows = new ArrayList<>();
        for (int i = 0; i < 150; i++) { // 50 a minute for three minutes
            rows.add(row("etl " + i).key("etl").prefix("extract-v2", 300).atSeconds(600 + i * 6L / 5).build());
        }
        for (int m = 0; m < 60; m++) { // a chat product: 25 a minute for an hour of the two-hour log
            for (int i = 0; i < 25; i++) {
                rows.add(row("chat").key("app").prefix("chat-v1", 300).atSeconds(3600 + m * 60L + i).build());
            }
        }
        rows.add(row("last").key("other").atSeconds(7200).build());

        Finding f = analyse(rows);

        assertThat(f.evidence().rowsAffected()).isEqualTo(150);
        assertThat(f.dollars()).contains(Money.usd("0.01575")); // 150 x 0.00021 / 2
        assertThat(f.evidence().keys()).containsOnlyKeys("etl");
        assertThat(f.confidence().value()).isEqualTo(0.4);
    }
}
