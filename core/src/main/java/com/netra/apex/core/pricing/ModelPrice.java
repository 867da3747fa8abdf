package com.netra.apex.core.pricing;

import com.netra.apex.core.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The price of one model from one effective date on, per million tokens.
 *
 * @param cachedInput price of input tokens served from the provider's prompt cache
 * @param cacheWrite  price of input tokens written to the provider's prompt cache (Anthropic)
 * @param tiers       long-context tiers, ordered by threshold; the highest tier whose threshold the
 *                    prompt exceeds replaces the base prices for the whole request
 */
public record ModelPrice(
        String provider,
        String model,
        LocalDate effectiveFrom,
        Money input,
        Money cachedInput,
        Money cacheWrite,
        Money output,
        List<PriceTier> tiers) {

    public ModelPrice {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    /** The prices that apply to a request with this many prompt tokens (all input kinds together). */
    public ModelPrice forPromptTokens(long promptTokens) {
        ModelPrice applied = this;
        for (PriceTier tier : tiers) {
            if (promptTokens > tier.aboveInputTokens()) {
                applied = new ModelPrice(provider, model, effectiveFrom, tier.input(), tier.cachedInput(),
                        tier.cacheWrite(), tier.output(), List.of());
            }
        }
        return applied;
    }
}
