package com.netra.apex.core.savings;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.usage.TokenUsage;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every expected amount below is worked out by hand from core/src/main/resources/apex/prices.json, in
 * micro-dollars: a price of P USD per million tokens makes N tokens cost P·N micro-dollars.
 */
class SavingsCalculatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
    private static final PriceTable PRICES = PriceTableLoader.shipped();

    private final SavingsCalculator calculator = new SavingsCalculator(PRICES);

    private static Cost micros(long micros) {
        return Cost.of(Money.ofMicros(micros), PRICES.version());
    }

    private static Money usd(long micros) {
        return Money.ofMicros(micros);
    }

    /** The actual cost as the gateway computes it, checked against the hand calculation. */
    private static Cost actual(String provider, String model, TokenUsage tokens, long expectedMicros) {
        Cost cost = PRICES.cost(provider, model, tokens, DAY);
        assertThat(cost.amount()).contains(usd(expectedMicros));
        return cost;
    }

    private static void assertCausesAddUp(Savings savings, Cost actual) {
        assertThat(savings.total()).isEqualTo(savings.baseline().amount().orElseThrow()
                .minus(actual.amount().orElseThrow()));
    }

    @Test
    void aRoutedRequestSavesTheDifferenceBetweenTheRequestedAndTheServedModel() {
        // 1,000 input and 500 output tokens.
        // served gpt-4o-mini: 1000 × 0.15 + 500 × 0.60 = 150 + 300 = 450
        // requested gpt-4o:   1000 × 2.50 + 500 × 10.00 = 2500 + 5000 = 7500
        TokenUsage tokens = new TokenUsage(1000, 0, 0, 500);
        Cost actual = actual("openai", "gpt-4o-mini", tokens, 450);

        Savings savings = calculator.forServed(new SavingsCalculator.Applied("openai", "gpt-4o", true, 0, false),
                actual, "openai", "gpt-4o-mini", tokens, DAY);

        assertThat(savings.baseline()).isEqualTo(micros(7500));
        assertThat(savings.byCause()).containsExactly(Map.entry(SavingsCause.ROUTING, usd(7050)));
        assertCausesAddUp(savings, actual);
    }

    @Test
    void aCompressedRequestSavesTheRemovedInputTokensAtTheRequestedModelsPrice() {
        // gpt-4o, 1,000 input tokens sent after compression removed 400, 200 output tokens.
        // actual:   1000 × 2.50 + 200 × 10.00 = 2500 + 2000 = 4500
        // baseline: 1400 × 2.50 + 200 × 10.00 = 3500 + 2000 = 5500
        TokenUsage tokens = new TokenUsage(1000, 0, 0, 200);
        Cost actual = actual("openai", "gpt-4o", tokens, 4500);

        Savings savings = calculator.forServed(new SavingsCalculator.Applied("openai", "gpt-4o", false, 400, false),
                actual, "openai", "gpt-4o", tokens, DAY);

        assertThat(savings.baseline()).isEqualTo(micros(5500));
        assertThat(savings.byCause()).containsExactly(Map.entry(SavingsCause.COMPRESSION, usd(1000)));
        assertCausesAddUp(savings, actual);
    }

    @Test
    void anApexBreakpointThatIsReadSavesTheCacheDiscount() {
        // claude-sonnet-4-5: 200 input, 3,000 cache reads, 100 output.
        // actual:   200 × 3.00 + 3000 × 0.30 + 100 × 15.00 = 600 + 900 + 1500 = 3000
        // baseline: the 3,200 prompt tokens all at the input price: 9600 + 1500 = 11100
        TokenUsage tokens = new TokenUsage(200, 3000, 0, 100);
        Cost actual = actual("anthropic", "claude-sonnet-4-5", tokens, 3000);

        Savings savings = calculator.forServed(
                new SavingsCalculator.Applied("anthropic", "claude-sonnet-4-5", false, 0, true),
                actual, "anthropic", "claude-sonnet-4-5", tokens, DAY);

        assertThat(savings.baseline()).isEqualTo(micros(11100));
        assertThat(savings.byCause()).containsExactly(Map.entry(SavingsCause.PROVIDER_CACHE, usd(8100)));
        assertCausesAddUp(savings, actual);
    }

    @Test
    void anApexBreakpointThatIsOnlyWrittenIsANegativeSaving() {
        // claude-sonnet-4-5: 200 input, 3,000 cache writes, 100 output.
        // actual:   200 × 3.00 + 3000 × 3.75 + 100 × 15.00 = 600 + 11250 + 1500 = 13350
        // baseline: 3200 × 3.00 + 100 × 15.00 = 11100, so the breakpoint cost 2250 more
        TokenUsage tokens = new TokenUsage(200, 0, 3000, 100);
        Cost actual = actual("anthropic", "claude-sonnet-4-5", tokens, 13350);

        Savings savings = calculator.forServed(
                new SavingsCalculator.Applied("anthropic", "claude-sonnet-4-5", false, 0, true),
                actual, "anthropic", "claude-sonnet-4-5", tokens, DAY);

        assertThat(savings.baseline()).isEqualTo(micros(11100));
        assertThat(savings.of(SavingsCause.PROVIDER_CACHE)).isEqualTo(usd(-2250));
        assertThat(savings.total()).isEqualTo(usd(-2250));
        assertCausesAddUp(savings, actual);
    }

    @Test
    void cacheTokensTheCallerAskedForAreNotClaimedAsApexSavings() {
        TokenUsage tokens = new TokenUsage(200, 3000, 0, 100);
        Cost actual = actual("anthropic", "claude-sonnet-4-5", tokens, 3000);

        Savings savings = calculator.forServed(SavingsCalculator.Applied.nothing("anthropic", "claude-sonnet-4-5"),
                actual, "anthropic", "claude-sonnet-4-5", tokens, DAY);

        assertThat(savings.baseline()).isEqualTo(actual);
        assertThat(savings.byCause()).isEmpty();
    }

    @Test
    void routingCompressionAndAnApexBreakpointTogetherSplitTheSavingExactly() {
        // Requested claude-sonnet-4-5, served claude-haiku-4-5; compression removed 500 tokens;
        // Apex added the breakpoint: 200 input, 3,000 cache reads, 1,000 cache writes, 100 output.
        // A actual (haiku):         200 × 1.00 + 3000 × 0.10 + 1000 × 1.25 + 100 × 5.00 = 200+300+1250+500 = 2250
        // P haiku, all 4,200 input: 4200 × 1.00 + 100 × 5.00 = 4700            provider_cache = 2450
        // R sonnet, same tokens:    4200 × 3.00 + 100 × 15.00 = 12600 + 1500 = 14100   routing = 9400
        // B sonnet, +500 input:     4700 × 3.00 + 1500 = 14100 + 1500 = 15600         compression = 1500
        TokenUsage tokens = new TokenUsage(200, 3000, 1000, 100);
        Cost actual = actual("anthropic", "claude-haiku-4-5", tokens, 2250);

        Savings savings = calculator.forServed(
                new SavingsCalculator.Applied("anthropic", "claude-sonnet-4-5", true, 500, true),
                actual, "anthropic", "claude-haiku-4-5", tokens, DAY);

        assertThat(savings.baseline()).isEqualTo(micros(15600));
        assertThat(savings.byCause()).containsOnly(
                Map.entry(SavingsCause.PROVIDER_CACHE, usd(2450)),
                Map.entry(SavingsCause.ROUTING, usd(9400)),
                Map.entry(SavingsCause.COMPRESSION, usd(1500)));
        assertThat(savings.total()).isEqualTo(usd(13350));
        assertCausesAddUp(savings, actual);
    }

    @Test
    void causesSumExactlyToBaselineMinusActualWhenAmountsAreFractionsOfAMicroDollar() {
        // 7 input tokens of gpt-4o-mini at 0.15 cost 1.05 micro-dollars: nothing may be rounded away.
        TokenUsage tokens = new TokenUsage(7, 3, 0, 1);
        Cost actual = PRICES.cost("openai", "gpt-4o-mini", tokens, DAY);

        Savings savings = calculator.forServed(new SavingsCalculator.Applied("openai", "gpt-4o", true, 13, false),
                actual, "openai", "gpt-4o-mini", tokens, DAY);

        // baseline: gpt-4o with 20 input, 3 cached, 1 output = 50 + 3.75 + 10 = 63.75 micro-dollars
        assertThat(savings.baseline().amount()).contains(Money.usd("0.00006375"));
        // actual: 7 × 0.15 + 3 × 0.075 + 1 × 0.60 = 1.05 + 0.225 + 0.6 = 1.875 micro-dollars
        assertThat(actual.amount()).contains(Money.usd("0.000001875"));
        assertThat(savings.of(SavingsCause.ROUTING)).isEqualTo(Money.usd("0.000029375")); // (17.5 + 3.75 + 10) - 1.875
        assertThat(savings.of(SavingsCause.COMPRESSION)).isEqualTo(Money.usd("0.0000325")); // 13 × 2.50
        assertCausesAddUp(savings, actual);
    }

    @Test
    void anUnpricedRequestedModelHasAnUnpricedBaselineAndNoSavings() {
        TokenUsage tokens = new TokenUsage(1000, 0, 0, 500);
        Cost actual = actual("openai", "gpt-4o-mini", tokens, 450);

        Savings savings = calculator.forServed(
                new SavingsCalculator.Applied("openai", "house-model-x", true, 300, false),
                actual, "openai", "gpt-4o-mini", tokens, DAY);

        assertThat(savings.baseline().priced()).isFalse();
        assertThat(savings.byCause()).isEmpty();
        assertThat(savings.total()).isEqualTo(Money.ZERO);
    }

    @Test
    void anUnpricedActualCostClaimsNothing() {
        Savings savings = calculator.forServed(new SavingsCalculator.Applied("openai", "gpt-4o", true, 300, false),
                Cost.unpriced(), "openai", "house-model-x", new TokenUsage(1000, 0, 0, 500), DAY);

        assertThat(savings.baseline().priced()).isFalse();
        assertThat(savings.byCause()).isEmpty();
    }

    @Test
    void aDatedSnapshotIsPricedAsItsBaseModel() {
        TokenUsage tokens = new TokenUsage(1000, 0, 0, 500);
        Cost actual = actual("openai", "gpt-4o-mini-2024-07-18", tokens, 450);

        Savings savings = calculator.forServed(
                new SavingsCalculator.Applied("openai", "gpt-4o-2024-08-06", true, 0, false),
                actual, "openai", "gpt-4o-mini-2024-07-18", tokens, DAY);

        assertThat(savings.of(SavingsCause.ROUTING)).isEqualTo(usd(7050));
    }

    @Test
    void aCacheHitSavesTheWholeBaselineOfTheCachedAnswer() {
        // The cached answer used 1,000 input and 500 output tokens of gpt-4o: 2500 + 5000 = 7500.
        Savings savings = calculator.forCacheHit(SavingsCause.EXACT_CACHE, "openai", "gpt-4o",
                new TokenUsage(1000, 0, 0, 500), DAY);

        assertThat(savings.baseline()).isEqualTo(micros(7500));
        assertThat(savings.byCause()).containsExactly(Map.entry(SavingsCause.EXACT_CACHE, usd(7500)));
    }

    @Test
    void aSemanticHitIsPricedAtTheRequestedModelNotTheModelThatServedTheCachedAnswer() {
        // The answer was produced by gpt-4o-mini, but this caller asked for gpt-4.1:
        // 1000 × 2.00 + 500 × 8.00 = 2000 + 4000 = 6000
        Savings savings = calculator.forCacheHit(SavingsCause.SEMANTIC_CACHE, "openai", "gpt-4.1",
                new TokenUsage(1000, 0, 0, 500), DAY);

        assertThat(savings.byCause()).containsExactly(Map.entry(SavingsCause.SEMANTIC_CACHE, usd(6000)));
    }

    @Test
    void aCacheHitForAnUnpricedModelClaimsNothing() {
        Savings savings = calculator.forCacheHit(SavingsCause.EXACT_CACHE, "openai", "house-model-x",
                new TokenUsage(1000, 0, 0, 500), DAY);

        assertThat(savings.baseline().priced()).isFalse();
        assertThat(savings.byCause()).isEmpty();
    }
}
