package com.netra.apex.core.savings;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one request would have cost without Apex (the caller's request, to the caller's model) and
 * what Apex saved against that, by cause. The baseline is never a "most expensive model" story.
 *
 * @param baseline the counterfactual cost; unpriced when the requested model is not in the price table
 * @param byCause  the saving each optimization produced; absent causes saved nothing
 */
public record Savings(Cost baseline, Map<SavingsCause, Money> byCause) {

    public Savings {
        EnumMap<SavingsCause, Money> copy = new EnumMap<>(SavingsCause.class);
        byCause.forEach((cause, amount) -> {
            if (!amount.isZero()) {
                copy.put(cause, amount);
            }
        });
        byCause = Collections.unmodifiableMap(copy);
    }

    /** Nothing was optimized: the baseline is what the request actually cost. */
    public static Savings none(Cost actual) {
        return new Savings(actual, Map.of());
    }

    /** The sum over causes. */
    public Money total() {
        return Money.sum(byCause.values());
    }

    public Money of(SavingsCause cause) {
        return byCause.getOrDefault(cause, Money.ZERO);
    }
}
