package com.netra.apex.core.routing;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.ModelPrice;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.usage.TokenCounter;
import com.netra.apex.core.usage.TokenUsage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * What a routing prompt costs on a model: input tokens counted with {@link TokenCounter}, plus a fixed
 * {@value #OUTPUT_TOKENS} output tokens (a multiple-choice answer letter and a little framing), priced
 * from the price table in force on {@link #PRICED_ON}. The benchmark records only correctness, not
 * the answers' length, so the output side is an assumption shared by every model.
 */
public final class PromptPricing {

    /** Output tokens assumed per answer; a letter plus formatting. */
    public static final int OUTPUT_TOKENS = 5;
    /** Fixed so figures do not drift with the calendar. */
    public static final LocalDate PRICED_ON = LocalDate.of(2026, 1, 1);

    private final PriceTable table;
    private final ModelRef strong;
    private final ModelRef weak;

    public PromptPricing(PriceTable table, ModelRef strong, ModelRef weak) {
        this.table = table;
        this.strong = strong;
        this.weak = weak;
        price(strong);
        price(weak);
    }

    public ModelRef strong() {
        return strong;
    }

    public ModelRef weak() {
        return weak;
    }

    public String priceVersion() {
        return table.version();
    }

    public PricedExample price(RoutingExample example) {
        long tokens = TokenCounter.count(example.prompt());
        return new PricedExample(example, cost(weak, tokens), cost(strong, tokens));
    }

    /** The cost of one answer of {@value #OUTPUT_TOKENS} tokens to a prompt of {@code inputTokens}. */
    public Money cost(ModelRef model, long inputTokens) {
        return table.cost(model.provider(), model.model(), new TokenUsage(inputTokens, 0, 0, OUTPUT_TOKENS), PRICED_ON)
                .amount()
                .orElseThrow(() -> unpriced(model));
    }

    /**
     * The fixed output expressed in input tokens of the price gap between the two models: extra cost
     * of the strong model is proportional to (input tokens + this). The router divides by it to rank
     * prompts by accuracy gained per dollar.
     */
    public double outputTokenWeight() {
        BigDecimal inputGap = price(strong).input().usd().subtract(price(weak).input().usd());
        BigDecimal outputGap = price(strong).output().usd().subtract(price(weak).output().usd());
        if (inputGap.signum() <= 0) {
            return OUTPUT_TOKENS;
        }
        return outputGap.divide(inputGap, MathContext.DECIMAL64).doubleValue() * OUTPUT_TOKENS;
    }

    private ModelPrice price(ModelRef model) {
        return table.find(model.provider(), model.model(), PRICED_ON).orElseThrow(() -> unpriced(model));
    }

    private IllegalArgumentException unpriced(ModelRef model) {
        return new IllegalArgumentException(model + " has no price on " + PRICED_ON + " in price table " + table.version());
    }
}
