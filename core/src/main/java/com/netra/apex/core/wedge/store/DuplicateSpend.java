package com.netra.apex.core.wedge.store;

import java.math.BigDecimal;
import java.util.List;

/**
 * Spend on exact repeats: calls whose request hash was already seen earlier (by time, then rowId). The
 * first call of each request is not waste; every later one is.
 *
 * @param repeatedCalls    calls that repeated an earlier one
 * @param wastedUsd        what those repeats cost
 * @param repeatedRequests distinct requests that were sent more than once
 * @param costliest        the requests whose repeats cost most, most first
 */
public record DuplicateSpend(long repeatedCalls, BigDecimal wastedUsd, long repeatedRequests,
        List<RepeatedPrompt> costliest) {

    public static final DuplicateSpend NONE =
            new DuplicateSpend(0, BigDecimal.ZERO.setScale(RowCost.SCALE), 0, List.of());

    public DuplicateSpend {
        costliest = List.copyOf(costliest);
    }
}
