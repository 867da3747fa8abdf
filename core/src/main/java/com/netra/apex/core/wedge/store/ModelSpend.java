package com.netra.apex.core.wedge.store;

import java.math.BigDecimal;

/** Calls, tokens and spend of one model at one provider. */
public record ModelSpend(String provider, String model, long calls, long inputTokens, long outputTokens,
        BigDecimal spendUsd) {
}
