package com.netra.apex.core.wedge;

import com.netra.apex.core.wedge.store.DailySpend;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which way a tenant's spend is going, from its spend per day: the last seven days against the seven
 * before, the least-squares slope of daily spend, and the monthly run rate of the latest week. Days
 * without calls count as $0, so a quiet weekend is not skipped over.
 *
 * @param days          calendar days from the first to the last day with calls
 * @param dailyAverage  spend per calendar day over those days
 * @param lastWeek      the last seven days' spend (ending on the last day with calls)
 * @param weekBefore    the seven days before those, empty when the logs do not cover fourteen days
 * @param weekOverWeek  lastWeek / weekBefore - 1, empty without a week before or when it spent nothing
 * @param slopePerDay   the change in daily spend per day, by least squares over all days
 * @param monthlyRunRate the latest week's (or all days', if fewer) daily average times 30
 */
public record SpendTrend(long days, BigDecimal dailyAverage, BigDecimal lastWeek, Optional<BigDecimal> weekBefore,
                         Optional<BigDecimal> weekOverWeek, BigDecimal slopePerDay, BigDecimal monthlyRunRate) {

    public static final SpendTrend NONE = new SpendTrend(0, BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(),
            Optional.empty(), BigDecimal.ZERO, BigDecimal.ZERO);

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final int WEEK = 7;
    private static final BigDecimal MONTH_DAYS = BigDecimal.valueOf(30);

    /** The trend of spend per day ({@code byDay} in any order; days absent from it spent nothing). */
    public static SpendTrend of(List<DailySpend> byDay) {
        if (byDay.isEmpty()) {
            return NONE;
        }
        LocalDate first = byDay.stream().map(DailySpend::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = byDay.stream().map(DailySpend::day).max(LocalDate::compareTo).orElseThrow();
        int n = (int) ChronoUnit.DAYS.between(first, last) + 1;
        BigDecimal[] spend = new BigDecimal[n];
        Arrays.fill(spend, BigDecimal.ZERO);
        for (DailySpend d : byDay) {
            int i = (int) ChronoUnit.DAYS.between(first, d.day());
            spend[i] = spend[i].add(d.spendUsd());
        }
        BigDecimal total = sum(spend, 0, n);
        BigDecimal lastWeek = sum(spend, Math.max(0, n - WEEK), n);
        Optional<BigDecimal> before = n >= 2 * WEEK ? Optional.of(sum(spend, n - 2 * WEEK, n - WEEK)) : Optional.empty();
        Optional<BigDecimal> change = before.filter(b -> b.signum() > 0)
                .map(b -> lastWeek.divide(b, PRECISION).subtract(BigDecimal.ONE));
        BigDecimal latestDaily = lastWeek.divide(BigDecimal.valueOf(Math.min(n, WEEK)), PRECISION);
        return new SpendTrend(n, total.divide(BigDecimal.valueOf(n), PRECISION), lastWeek, before, change,
                slope(spend), latestDaily.multiply(MONTH_DAYS).setScale(9, RoundingMode.HALF_EVEN));
    }

    /** "rising", "falling" or "flat" (within 5% week over week); "unknown" without two weeks of logs. */
    public String direction() {
        return weekOverWeek.map(c -> c.compareTo(new BigDecimal("0.05")) > 0 ? "rising"
                : c.compareTo(new BigDecimal("-0.05")) < 0 ? "falling" : "flat").orElse("unknown");
    }

    /** Least squares over x = 0..n-1: sum((x - mean x)(y - mean y)) / sum((x - mean x)^2). */
    private static BigDecimal slope(BigDecimal[] y) {
        int n = y.length;
        if (n < 2) {
            return BigDecimal.ZERO;
        }
        BigDecimal meanX = BigDecimal.valueOf(n - 1).divide(BigDecimal.valueOf(2), PRECISION);
        BigDecimal meanY = sum(y, 0, n).divide(BigDecimal.valueOf(n), PRECISION);
        BigDecimal covariance = BigDecimal.ZERO;
        BigDecimal variance = BigDecimal.ZERO;
        for (int x = 0; x < n; x++) {
            BigDecimal dx = BigDecimal.valueOf(x).subtract(meanX);
            covariance = covariance.add(dx.multiply(y[x].subtract(meanY)));
            variance = variance.add(dx.multiply(dx));
        }
        return covariance.divide(variance, PRECISION);
    }

    private static BigDecimal sum(BigDecimal[] values, int from, int to) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = from; i < to; i++) {
            total = total.add(values[i]);
        }
        return total;
    }
}
