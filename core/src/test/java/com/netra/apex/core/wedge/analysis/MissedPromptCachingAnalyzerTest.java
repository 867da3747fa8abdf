package com.netra.apex.core.wedge.analysis;

import static com.netra.apex.core.wedge.analysis.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.wedge.LogRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissedPromptCachingAnalyzerTest {

    private static Finding analyse(List<LogRow> rows) {
        MissedPromptCachingAnalyzer analyzer = new MissedPromptCachingAnalyzer(new RowPrices(PriceTableLoader.shipped()));
        rows.forEach(analyzer::accept);
        return analyzer.finding();
    }

    private static LogRow openAi(long second, long cached) {
        return row("q" + second).model("openai", "gpt-4o").prefix("tools-v1", 2000).atSeconds(second)
                .tokens(2500 - cached, cached, 0, 50).build();
    }

    private static LogRow sonnet(long second) {
        return row("q" + second).model("anthropic", "claude-sonnet-4-5").prefix("sys-v1", 2000).atSeconds(second)
                .tokens(2500, 0, 0, 50).build();
    }

    @Test
    void openAiRepeatsWithoutCachedTokensMissTheCachedPriceOnTheirPrefix() {
        // four repeats, a minute or four apart: 2,000 tokens x (2.50 - 1.25) per million = 0.0025 each
        Finding f = analyse(List.of(openAi(0, 0), openAi(60, 0), openAi(120, 0), openAi(300, 0), openAi(600, 0)));

        assertThat(f.evidence().rowsAffected()).isEqualTo(4);
        assertThat(f.dollars()).contains(Money.usd("0.01"));
        assertThat(f.evidence().amounts()).containsEntry("openai", Money.usd("0.01"));
        assertThat(f.recommendedSetting()).isEqualTo("prompt_cache=on");
        assertThat(f.confidence().value()).isEqualTo(0.7);
    }

    @Test
    void aRepeatLaterThanTheCacheLivesWouldHavePaidFullPriceAnyway() {
        // OpenAI keeps a prefix 5 to 10 minutes after its last use: an hour later nothing was cached to miss
        Finding f = analyse(List.of(openAi(0, 0), openAi(3600, 0), openAi(7200, 0), openAi(7200 + 301, 0),
                openAi(7200 + 400, 0)));

        assertThat(f.evidence().rowsAffected()).isEqualTo(1);
        assertThat(f.dollars()).contains(Money.usd("0.0025"));
        assertThat(f.evidence().counts()).containsEntry("repeats_after_cache_expiry", 3L);
    }

    @Test
    void repeatsThatWereServedFromTheCacheAreNotWaste() {
        Finding f = analyse(List.of(openAi(0, 0), openAi(60, 2000), openAi(120, 2000)));

        assertThat(f.evidence().rowsAffected()).isZero();
        assertThat(f.evidence().counts()).containsEntry("repeats_served_from_cache", 2L);
    }

    @Test
    void anthropicRepeatsCountWithinFiveMinutesAndEachRunPaysOneWritePremium() {
        // run 1: 0s, 60s, 200s (two repeats); 800s is past 5 minutes and starts run 2; 900s repeats it
        Finding f = analyse(List.of(sonnet(0), sonnet(60), sonnet(200), sonnet(800), sonnet(900)));

        // repeats: 3 x 2,000 x (3.00 - 0.30)/M = 0.0162; write premiums: 2 x 2,000 x (3.75 - 3.00)/M = 0.003
        assertThat(f.evidence().rowsAffected()).isEqualTo(3);
        assertThat(f.dollars()).contains(Money.usd("0.0132"));
        assertThat(f.confidence().value()).isEqualTo(0.9);
    }

    @Test
    void shortPrefixesOtherPrefixesAndModelsWithoutACachedPriceAreLeftAlone() {
        Finding f = analyse(List.of(
                row("a").model("openai", "gpt-4o").prefix("short", 1000).build(),
                row("b").model("openai", "gpt-4o").prefix("short", 1000).build(),
                row("c").model("anthropic", "claude-haiku-4-5").prefix("haiku", 1500).build(),
                row("d").model("anthropic", "claude-haiku-4-5").prefix("haiku", 1500).atSeconds(10).build(),
                row("e").model("openai", "gpt-3.5-turbo").prefix("old", 3000).build(),
                row("f").model("openai", "gpt-3.5-turbo").prefix("old", 3000).build(),
                row("g").model("openai", "gpt-4o").prefix("one", 3000).build(),
                row("h").model("openai", "gpt-4o").prefix("two", 3000).build()));

        assertThat(f.evidence().rowsAffected()).isZero();
        assertThat(f.dollars()).contains(Money.ZERO);
        assertThat(f.evidence().counts()).containsEntry("rows_without_cached_price", 2L)
                .containsEntry("long_prefix_rows", 4L);
    }
}
