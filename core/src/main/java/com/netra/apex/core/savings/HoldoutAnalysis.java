package com.netra.apex.core.savings;

import com.netra.apex.core.usage.UsageRecord;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Checks the savings Apex claims against what the tenant's holdout group measurably cost.
 *
 * <p>Only completed requests with a priced actual cost take part. Holdout requests were drawn at
 * random and not optimized, so the two groups differ only by Apex: the measured savings rate is
 * {@code S = 1 − R} with {@code R = m_o / m_h}, the ratio of the mean actual cost per request of the
 * optimized group ({@code m_o}) to that of the holdout group ({@code m_h}).
 *
 * <p>The 95% confidence interval uses the delta method on the ratio of two independent means, with
 * sample variances {@code s²} (denominator {@code n − 1}) and group sizes {@code n}:
 * <pre>
 *   Var(R) ≈ s_o² / (n_o · m_h²) + m_o² · s_h² / (n_h · m_h⁴)
 *   CI95(S) = S ± 1.96 · √Var(R)
 * </pre>
 * (the usual {@code R²·(s_o²/(n_o·m_o²) + s_h²/(n_h·m_h²))}, written so that {@code m_o = 0} is defined).
 *
 * <p>The claimed rate is what the records say: the sum of savings over the sum of priced baselines of
 * the optimized group. The verdict is {@value #INSUFFICIENT_DATA} when either group has fewer than
 * {@value #MIN_GROUP_SIZE} requests or a rate is undefined, otherwise {@value #CONSISTENT} when the
 * claimed rate lies inside the interval and {@value #CLAIM_OUTSIDE_INTERVAL} when it does not.
 *
 * @param holdout      costs of the holdout group
 * @param optimized    costs of the optimized group
 * @param measuredRate 1 − m_o / m_h; empty when either group has fewer than two requests or m_h is 0
 * @param interval     the 95% confidence interval of the measured rate; empty when the rate is
 * @param claimed      baselines and savings the optimized group's records claim
 * @param verdict      one of the three verdict strings
 */
public record HoldoutAnalysis(CostSample holdout, CostSample optimized, OptionalDouble measuredRate,
                              Optional<Interval> interval, SavingsTotals claimed, String verdict) {

    public static final int MIN_GROUP_SIZE = 30;
    public static final String INSUFFICIENT_DATA = "insufficient data";
    public static final String CONSISTENT = "consistent";
    public static final String CLAIM_OUTSIDE_INTERVAL = "claimed rate outside the measured interval";

    /** The two-sided standard normal quantile for 95%. */
    private static final double Z_95 = 1.959963984540054;

    /** A closed interval of savings rates. */
    public record Interval(double low, double high) {

        public boolean contains(double rate) {
            return low <= rate && rate <= high;
        }
    }

    public static HoldoutAnalysis of(Collection<UsageRecord> records) {
        CostSample holdout = CostSample.EMPTY;
        CostSample optimized = CostSample.EMPTY;
        SavingsTotals claimed = SavingsTotals.NONE;
        for (UsageRecord r : records) {
            if (!UsageRecord.COMPLETED.equals(r.outcome()) || !r.cost().priced()) {
                continue;
            }
            if (r.holdout()) {
                holdout = holdout.plus(r.cost().amount().get());
            } else {
                optimized = optimized.plus(r.cost().amount().get());
                claimed = claimed.plus(r.savings());
            }
        }
        return of(holdout, optimized, claimed);
    }

    static HoldoutAnalysis of(CostSample holdout, CostSample optimized, SavingsTotals claimed) {
        Optional<Interval> interval = interval(holdout, optimized);
        OptionalDouble measured = interval.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(1 - optimized.meanUsd() / holdout.meanUsd());
        return new HoldoutAnalysis(holdout, optimized, measured, interval, claimed,
                verdict(holdout, optimized, interval, claimed.rate()));
    }

    /** The claimed savings rate of the optimized group; empty when it spent no priced baseline. */
    public OptionalDouble claimedRate() {
        return claimed.rate();
    }

    private static Optional<Interval> interval(CostSample holdout, CostSample optimized) {
        if (holdout.requests() < 2 || optimized.requests() < 2 || holdout.total().usd().signum() <= 0) {
            return Optional.empty();
        }
        double mh = holdout.meanUsd();
        double mo = optimized.meanUsd();
        double varRatio = optimized.variance() / (optimized.requests() * mh * mh)
                + mo * mo * holdout.variance() / (holdout.requests() * mh * mh * mh * mh);
        double halfWidth = Z_95 * Math.sqrt(varRatio);
        double rate = 1 - mo / mh;
        return Optional.of(new Interval(rate - halfWidth, rate + halfWidth));
    }

    private static String verdict(CostSample holdout, CostSample optimized, Optional<Interval> interval,
                                  OptionalDouble claimedRate) {
        if (holdout.requests() < MIN_GROUP_SIZE || optimized.requests() < MIN_GROUP_SIZE
                || interval.isEmpty() || claimedRate.isEmpty()) {
            return INSUFFICIENT_DATA;
        }
        return interval.get().contains(claimedRate.getAsDouble()) ? CONSISTENT : CLAIM_OUTSIDE_INTERVAL;
    }
}
