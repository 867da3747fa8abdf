package com.netra.apex.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.usage.TokenCounter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PromptPricingTest {

    private static final ModelRef STRONG = ModelRef.parse("openai/gpt-4o");
    private static final ModelRef WEAK = ModelRef.parse("openai/gpt-4o-mini");

    @Test
    void costIsInputTokensPlusFiveOutputTokensAtTheShippedPrices() {
        PromptPricing pricing = new PromptPricing(PriceTableLoader.shipped(), STRONG, WEAK);
        // gpt-4o: 100 x $2.50/M + 5 x $10.00/M; gpt-4o-mini: 100 x $0.15/M + 5 x $0.60/M.
        assertThat(pricing.cost(STRONG, 100)).isEqualTo(Money.usd("0.0003"));
        assertThat(pricing.cost(WEAK, 100)).isEqualTo(Money.usd("0.000018"));
        // Output gap $9.40 over input gap $2.35 is 4 input tokens per output token, times 5.
        assertThat(pricing.outputTokenWeight()).isEqualTo(20.0);
    }

    @Test
    void anExampleIsPricedByItsTokenCount() {
        PromptPricing pricing = new PromptPricing(PriceTableLoader.shipped(), STRONG, WEAK);
        String prompt = "Which planet is largest?\nA. Mars\nB. Jupiter\nAnswer:";
        long tokens = TokenCounter.count(prompt);

        PricedExample priced = pricing.price(new RoutingExample(prompt, true, true, "t.csv", 2));

        assertThat(priced.strongCost()).isEqualTo(pricing.cost(STRONG, tokens));
        assertThat(priced.weakCost()).isEqualTo(pricing.cost(WEAK, tokens));
        assertThat(priced.strongCost().compareTo(priced.weakCost())).isPositive();
    }

    @Test
    void pricesComeFromTheTableGiven() throws IOException {
        PriceTable table = PriceTableLoader.read(new ByteArrayInputStream("""
                {"version": "test", "prices": [
                  {"provider": "p", "model": "big", "effective_from": "2025-01-01", "input": "10", "output": "30"},
                  {"provider": "p", "model": "small", "effective_from": "2025-01-01", "input": "1", "output": "3"}]}
                """.getBytes(StandardCharsets.UTF_8)));
        PromptPricing pricing = new PromptPricing(table, ModelRef.parse("p/big"), ModelRef.parse("p/small"));

        assertThat(pricing.cost(ModelRef.parse("p/big"), 1_000)).isEqualTo(Money.usd("0.01015"));
        assertThat(pricing.outputTokenWeight()).isEqualTo(15.0);
        assertThatThrownBy(() -> new PromptPricing(table, ModelRef.parse("p/unknown"), ModelRef.parse("p/small")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p/unknown");
        assertThatThrownBy(() -> ModelRef.parse("gpt-4o")).isInstanceOf(IllegalArgumentException.class);
    }
}
