package com.netra.apex.core.wedge.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A tenant's calls and spend over a scope.
 *
 * @param approxDistinctPrompts distinct prompt hashes, an estimate (HyperLogLog on both engines)
 * @param firstCall             the earliest call, or null when there are none
 */
public record SpendTotal(long calls, BigDecimal spendUsd, long unpricedCalls, long inputTokens,
        long outputTokens, long approxDistinctPrompts, Instant firstCall, Instant lastCall) {

    public static final SpendTotal NONE =
            new SpendTotal(0, BigDecimal.ZERO.setScale(RowCost.SCALE), 0, 0, 0, 0, null, null);
}
