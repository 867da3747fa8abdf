package com.netra.apex.core.pricing;

import com.netra.apex.core.money.Money;

/** Long-context prices that apply once a prompt exceeds {@code aboveInputTokens}. */
public record PriceTier(long aboveInputTokens, Money input, Money cachedInput, Money cacheWrite, Money output) {
}
