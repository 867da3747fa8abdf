package com.netra.apex.core.wedge.analysis;

import static com.netra.apex.core.wedge.analysis.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.wedge.LogRow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoutableAnalyzerTest {

    static final String EASY = "What is the capital of France?";
    static final String HARD = "Compute the eigenvalues of the matrix [[2,1],[1,2]] and explain the geometric meaning.";
    static final String HARD_MEDICAL = "A 45-year-old man presents with crushing chest pain radiating to the left arm. "
            + "ECG shows ST elevation in leads II, III and aVF. Which coronary artery is most likely occluded?";
    static final String HARD_MATH = "Let f be continuous on [0,1] with f(0)=f(1). Show there exists c with f(c)=f(c+1/2).";

    @BeforeAll
    static void theShippedRouterAgreesWhichPromptsAreEasy() {
        LearnedRouter router = LearnedRouter.shipped();
        assertThat(router.strongProbability(EASY)).isLessThan(router.defaultThreshold());
        for (String hard : List.of(HARD, HARD_MEDICAL, HARD_MATH)) {
            assertThat(router.strongProbability(hard)).isGreaterThanOrEqualTo(router.defaultThreshold());
        }
    }

    private static Finding analyse(List<LogRow> rows) {
        RoutableAnalyzer analyzer = new RoutableAnalyzer(new RowPrices(PriceTableLoader.shipped()));
        rows.forEach(analyzer::accept);
        return analyzer.finding();
    }

    @Test
    void easyPromptsOnFlagshipsSaveTheirCostMinusTheCheaperModels() {
        Finding f = analyse(List.of(
                // gpt-4o: 1,000 x 2.50/M + 200 x 10/M = 0.0045; gpt-4o-mini: 0.00015 + 0.00012 = 0.00027
                row(EASY).model("openai", "gpt-4o").tokens(1000, 0, 0, 200).build(),
                row(EASY).model("openai", "gpt-4o-2024-08-06").tokens(1000, 0, 0, 200).build(),
                // claude-sonnet-4-5: 0.003 + 0.003 = 0.006; claude-haiku-4-5: 0.001 + 0.001 = 0.002
                row(EASY).model("anthropic", "claude-sonnet-4-5").key("key-2").tokens(1000, 0, 0, 200).build(),
                row(HARD).model("openai", "gpt-4o").tokens(1000, 0, 0, 200).build(),
                row(EASY).model("openai", "gpt-4o-mini").build(),
                row(EASY).model("openai", "gpt-4o").status(500).build()));

        assertThat(f.kind()).isEqualTo(FindingKind.ROUTABLE);
        assertThat(f.evidence().rowsAffected()).isEqualTo(3);
        assertThat(f.dollars()).contains(Money.usd("0.01246")); // 2 x 0.00423 + 0.004
        assertThat(f.evidence().amounts())
                .containsEntry("gpt-4o -> gpt-4o-mini", Money.usd("0.00423"))
                .containsEntry("claude-sonnet-4-5 -> claude-haiku-4-5", Money.usd("0.004"));
        assertThat(f.evidence().counts()).containsEntry("flagship_rows", 4L);
        assertThat(f.recommendedSetting()).startsWith("routing=on routing.strong=").endsWith("routing.weak=gpt-4o-mini")
                .contains("gpt-4o", "claude-sonnet-4-5");
    }

    @Test
    void confidenceIsTheRoutersCrossValidatedQualityKept() {
        Finding f = analyse(List.of(row(EASY).model("openai", "gpt-4o").build()));

        assertThat(f.confidence().value()).isCloseTo(0.955, org.assertj.core.data.Offset.offset(0.001));
        assertThat(f.confidence().basis()).contains("95.5%");
    }

    @Test
    void theQuestionIsScoredWithoutTheSharedSystemPrompt() {
        // 600 words of system prompt would make any question look long, and long prompts rank as easy
        String system = new Words(3).sentence(600) + "\n\n";
        List<LogRow> rows = List.of(HARD, HARD_MEDICAL, HARD_MATH).stream()
                .map(q -> row(system + q).model("openai", "gpt-4o").prefix("sys", 2000).build()).toList();
        for (LogRow r : rows) {
            assertThat(LearnedRouter.shipped().strongProbability(r.promptText()))
                    .isLessThan(LearnedRouter.shipped().defaultThreshold());
        }

        assertThat(analyse(rows).evidence().rowsAffected()).isZero();
    }

    @Test
    void aCheaperModelTheTableDoesNotPriceLeavesTheDollarsUnknown() {
        Downgrades table = new Downgrades(List.of(new Downgrades.Downgrade("gpt-4o", "openai", "gpt-9-nano")));
        RoutableAnalyzer analyzer = new RoutableAnalyzer(new RowPrices(PriceTableLoader.shipped()),
                LearnedRouter.shipped(), table, LearnedRouter.shipped().defaultThreshold());
        analyzer.accept(row(EASY).model("openai", "gpt-4o").build());

        Finding f = analyzer.finding();

        assertThat(f.dollarsKnown()).isFalse();
        assertThat(f.evidence().counts()).containsEntry("unpriced_rows", 1L);
    }
}
