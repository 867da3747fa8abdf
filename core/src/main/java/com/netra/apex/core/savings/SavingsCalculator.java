package com.netra.apex.core.savings;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.usage.TokenUsage;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Prices the counterfactual: what the caller's own request, to the caller's own model, would have cost
 * without Apex, and splits the difference from the actual cost by cause. The split telescopes, so the
 * causes always add up exactly to baseline minus actual:
 * <pre>
 *   A = served model, tokens as billed                         (actual)
 *   P = served model, Apex-added prompt-cache tokens as input  provider_cache = P - A
 *   R = requested model, same tokens as P                      routing        = R - P
 *   B = requested model, plus the tokens compression removed   compression    = B - R   (baseline = B)
 * </pre>
 * Output tokens of a routed request are the cheaper model's: the strong model's own output is unknowable,
 * so the baseline prices what was actually generated, not a guess.
 */
public final class SavingsCalculator {

    private final PriceTable prices;

    public SavingsCalculator(PriceTable prices) {
        this.prices = prices;
    }

    /** What Apex changed on a request that reached a provider. */
    public record Applied(String requestedPricingProvider, String requestedModel, boolean routed,
                          long compressionTokensSaved, boolean promptCacheAddedByApex) {

        public static Applied nothing(String requestedPricingProvider, String requestedModel) {
            return new Applied(requestedPricingProvider, requestedModel, false, 0, false);
        }
    }

    public Savings forServed(Applied applied, Cost actual, String servedPricingProvider, String servedModel,
                             TokenUsage tokens, LocalDate day) {
        if (!actual.priced()) {
            return Savings.none(actual);
        }
        TokenUsage uncached = applied.promptCacheAddedByApex()
                ? new TokenUsage(tokens.input() + tokens.cachedInput() + tokens.cacheWrite(), 0, 0, tokens.output())
                : tokens;
        Cost p = applied.promptCacheAddedByApex() ? prices.cost(servedPricingProvider, servedModel, uncached, day) : actual;
        Cost r = applied.routed() ? prices.cost(applied.requestedPricingProvider(), applied.requestedModel(), uncached, day) : p;
        TokenUsage uncompressed = new TokenUsage(uncached.input() + applied.compressionTokensSaved(),
                uncached.cachedInput(), uncached.cacheWrite(), uncached.output());
        Cost b = applied.compressionTokensSaved() > 0
                ? prices.cost(applied.requestedPricingProvider(), applied.requestedModel(), uncompressed, day) : r;
        if (!p.priced() || !r.priced() || !b.priced()) {
            return new Savings(Cost.unpriced(), Map.of()); // the requested model has no price: no claim
        }
        Map<SavingsCause, Money> byCause = new EnumMap<>(SavingsCause.class);
        byCause.put(SavingsCause.PROVIDER_CACHE, money(p).minus(money(actual)));
        byCause.put(SavingsCause.ROUTING, money(r).minus(money(p)));
        byCause.put(SavingsCause.COMPRESSION, money(b).minus(money(r)));
        return new Savings(b, byCause);
    }

    /** A cache hit cost nothing; the baseline is the cached answer's tokens at the requested model's price today. */
    public Savings forCacheHit(SavingsCause cause, String requestedPricingProvider, String requestedModel,
                               TokenUsage cachedTokens, LocalDate day) {
        Cost baseline = prices.cost(requestedPricingProvider, requestedModel, cachedTokens, day);
        if (!baseline.priced()) {
            return new Savings(baseline, Map.of());
        }
        return new Savings(baseline, Map.of(cause, money(baseline)));
    }

    private static Money money(Cost c) {
        return c.amount().orElseThrow();
    }
}
