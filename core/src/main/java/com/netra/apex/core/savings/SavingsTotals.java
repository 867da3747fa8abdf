package com.netra.apex.core.savings;

import com.netra.apex.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Baselines and savings summed exactly over many requests.
 *
 * <p>A request whose baseline could not be priced is counted in {@code unpricedBaselines} and adds
 * nothing to either sum: its saving cannot be checked against a baseline, and counting its baseline
 * as $0 would inflate the savings rate.
 *
 * @param baseline          the sum of priced baselines
 * @param unpricedBaselines requests whose baseline the price table could not price
 * @param byCause           the saving by cause over requests with a priced baseline; absent causes saved nothing
 */
public record SavingsTotals(Money baseline, long unpricedBaselines, Map<SavingsCause, Money> byCause) {

    public static final SavingsTotals NONE = new SavingsTotals(Money.ZERO, 0, Map.of());

    public SavingsTotals {
        EnumMap<SavingsCause, Money> copy = new EnumMap<>(SavingsCause.class);
        byCause.forEach((cause, amount) -> {
            if (!amount.isZero()) {
                copy.put(cause, amount);
            }
        });
        byCause = Collections.unmodifiableMap(copy);
    }

    /** These totals with one more request's savings added. */
    public SavingsTotals plus(Savings s) {
        if (!s.baseline().priced()) {
            return new SavingsTotals(baseline, unpricedBaselines + 1, byCause);
        }
        EnumMap<SavingsCause, Money> sum = new EnumMap<>(SavingsCause.class);
        sum.putAll(byCause);
        s.byCause().forEach((cause, amount) -> sum.merge(cause, amount, Money::plus));
        return new SavingsTotals(baseline.plus(s.baseline().amount().get()), unpricedBaselines, sum);
    }

    /** The saving over all causes. */
    public Money saved() {
        return Money.sum(byCause.values());
    }

    public Money of(SavingsCause cause) {
        return byCause.getOrDefault(cause, Money.ZERO);
    }

    /** Saved over baseline; empty when no priced baseline was spent (a rate of 0/0 is no rate). */
    public OptionalDouble rate() {
        if (baseline.usd().signum() <= 0) {
            return OptionalDouble.empty();
        }
        BigDecimal ratio = saved().usd().divide(baseline.usd(), MathContext.DECIMAL64);
        return OptionalDouble.of(ratio.doubleValue());
    }
}
