package com.netra.apex.core.wedge.analysis;

import static com.netra.apex.core.wedge.analysis.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.wedge.LogRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutableAnalyzerTest {

    static final String EASY = "What is the capital of France?";
    static final String HARD = "Compute the eigenvalues of the matrix [[2,1],[1,2]] and explain the geometric meaning.";
    static final String HARD_MEDICAL = "A 45-year-old man presents with crushing chest pain radiating to the left arm. "
            + "ECG shows ST elevation in leads II, III and aVF. Which coronary artery is most likely occluded?";
    static final String HARD_MATH = "Let f be continuous on [0,1] with f(0)=f(1). Show there exists c with f(c)=f(c+1/2).";

    private static Finding analyse(List<LogRow> rows) {
        RoutableAnalyzer analyzer = new RoutableAnalyzer(new RowPrices(PriceTableLoader.shipped()));
        rows.forEach(analyzer::accept);
        return analyzer.finding();
    }

    /** A text-only gpt-4o call: input tokens as its text accounts for them, a short answer. */
    private static TestRows onGpt4o(String text, long output) {
        return row(text).model("openai", "gpt-4o").tokens(text.length() / 4 + 7, 0, 0, output);
    }

    @Test
    void easyCallsOnFlagshipsSaveTheirCostMinusTheCheaperModels() {
        Finding f = analyse(List.of(
                // gpt-4o: 14 x 2.50/M + 10 x 10/M = 0.000135; gpt-4o-mini: 14 x 0.15/M + 10 x 0.60/M = 0.0000081
                onGpt4o(EASY, 10).build(),
                row(EASY).model("openai", "gpt-4o-2024-08-06").tokens(14, 0, 0, 10).build(),
                // claude-sonnet-4-5: 14 x 3/M + 10 x 15/M = 0.000192; claude-haiku-4-5: 0.000014 + 0.00005 = 0.000064
                row(EASY).model("anthropic", "claude-sonnet-4-5").key("key-2").tokens(14, 0, 0, 10).build(),
                onGpt4o(HARD, 10).build(),
                row(EASY).model("openai", "gpt-4o-mini").tokens(14, 0, 0, 10).build(),
                onGpt4o(EASY, 10).status(500).build()));

        assertThat(f.kind()).isEqualTo(FindingKind.ROUTABLE);
        assertThat(f.evidence().rowsAffected()).isEqualTo(3);
        assertThat(f.dollars()).contains(Money.usd("0.0003818")); // 2 x 0.0001269 + 0.000128
        assertThat(f.evidence().amounts())
                .containsEntry("gpt-4o -> gpt-4o-mini", Money.usd("0.0001269"))
                .containsEntry("gpt-4o-2024-08-06 -> gpt-4o-mini", Money.usd("0.0001269"))
                .containsEntry("claude-sonnet-4-5 -> claude-haiku-4-5", Money.usd("0.000128"));
        assertThat(f.evidence().counts()).containsEntry("flagship_rows", 4L).containsEntry("verdict_lookup", 3L)
                .containsEntry("verdict_open_ended", 1L);
        // One weak model per policy: the largest saving's, for the flagships it is the cheaper sibling of
        assertThat(f.recommendedSetting()).startsWith("routing=on routing.strong=")
                .contains("gpt-4o", "gpt-4o-2024-08-06").endsWith(" routing.weak=gpt-4o-mini")
                .doesNotContain("claude");
    }

    @Test
    void eachCheckOfTheRuleKeepsAFlagshipCallWhereItIs() {
        String longQuestion = "What is 12 plus 30? " + new Words(5).sentence(90);
        Finding f = analyse(List.of(
                onGpt4o(EASY, 200).build(),                                          // a long answer
                row(EASY).model("openai", "gpt-4o").tokens(400, 0, 0, 10).build(),   // tools or an image the text leaves out
                onGpt4o(longQuestion, 10).build(),                                   // a long question
                onGpt4o("Write a haiku about the sea.", 20).build(),                 // open-ended, however short
                onGpt4o("Is it ethical to screen job applicants with AI?", 25).build(),
                onGpt4o(HARD, 30).build(), onGpt4o(HARD_MEDICAL, 10).build(), onGpt4o(HARD_MATH, 30).build()));

        assertThat(f.evidence().rowsAffected()).isZero();
        assertThat(f.dollars()).contains(Money.ZERO);
        assertThat(f.evidence().counts()).containsEntry("verdict_long_answer", 1L)
                .containsEntry("verdict_hidden_content", 1L).containsEntry("verdict_long_question", 1L)
                .containsEntry("verdict_open_ended", 5L);
    }

    @Test
    void theLearnedRouterIsASecondOpinionAndNeverDecides() {
        List<LogRow> rows = List.of(onGpt4o(EASY, 5).build(), onGpt4o("Which is larger, 7/8 or 0.9?", 5).build(),
                onGpt4o(new Words(9).sentence(12), 10).build(), onGpt4o(HARD, 10).build());
        Downgrades table = Downgrades.shipped();
        RowPrices prices = new RowPrices(PriceTableLoader.shipped());
        Finding agreesWithAll = analyse(new RoutableAnalyzer(prices, LearnedRouter.shipped(), table, 2.0), rows);
        Finding agreesWithNone = analyse(new RoutableAnalyzer(prices, LearnedRouter.shipped(), table, -1.0), rows);

        assertThat(agreesWithAll.evidence().rowsAffected()).isEqualTo(2);
        assertThat(agreesWithAll.dollars()).isEqualTo(agreesWithNone.dollars());
        assertThat(agreesWithAll.evidence().counts()).containsEntry("learned_router_agrees", 2L);
        assertThat(agreesWithNone.evidence().counts()).containsEntry("learned_router_agrees", 0L);
    }

    private static Finding analyse(RoutableAnalyzer analyzer, List<LogRow> rows) {
        rows.forEach(analyzer::accept);
        return analyzer.finding();
    }

    @Test
    void theQuestionIsJudgedWithoutTheSharedSystemPrompt() {
        // 600 words of system prompt must neither make an easy question long nor hide a hard one
        String system = new Words(3).sentence(600) + "\n\n";
        List<LogRow> rows = List.of(EASY, "What is the capital of Peru?", HARD, HARD_MEDICAL).stream()
                .map(q -> onGpt4o(system + q, 10).prefix("sys", system.length() / 4).build()).toList();

        Finding f = analyse(rows);

        assertThat(f.evidence().rowsAffected()).isEqualTo(2);
        assertThat(f.evidence().examples()).allMatch(e -> e.startsWith("lookup, 10 output tokens: What is the capital"));
    }

    @Test
    void theTaskMayBeStatedInTheSystemPromptAndOnlyTheItemSentAsTheQuestion() {
        String system = "You sort customer reviews. Classify each review as positive, negative or neutral.\n";
        List<LogRow> rows = List.of("Arrived late, box crushed.", "Works great!", "It is a chair.", "Smells odd.").stream()
                .map(review -> onGpt4o(system + review, 2).prefix("sorter", 20).build()).toList();

        Finding f = analyse(rows);

        assertThat(f.evidence().rowsAffected()).isEqualTo(4);
        assertThat(f.evidence().counts()).containsEntry("verdict_fixed_labels", 4L);
    }

    @Test
    void confidenceStatesTheRuleItRestsOnNotARoutersExamScore() {
        Finding f = analyse(List.of(onGpt4o(EASY, 5).build()));

        assertThat(f.confidence().value()).isEqualTo(RoutableAnalyzer.CONFIDENCE);
        assertThat(f.confidence().basis()).contains("rule", "closed-form", "not measured").doesNotContain("MMLU");
    }

    @Test
    void aCheaperModelTheTableDoesNotPriceLeavesTheDollarsUnknown() {
        Downgrades table = new Downgrades(List.of(new Downgrades.Downgrade("gpt-4o", "openai", "gpt-9-nano")));
        RoutableAnalyzer analyzer = new RoutableAnalyzer(new RowPrices(PriceTableLoader.shipped()),
                LearnedRouter.shipped(), table, LearnedRouter.shipped().defaultThreshold());
        analyzer.accept(onGpt4o(EASY, 5).build());

        Finding f = analyzer.finding();

        assertThat(f.dollarsKnown()).isFalse();
        assertThat(f.evidence().counts()).containsEntry("unpriced_rows", 1L);
    }
}
