package com.netra.apex.core.savings;

import com.netra.apex.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Per-request costs of one group of requests, kept as exact sums so the mean and variance are
 * computed without float cancellation; only the final statistics are doubles.
 *
 * @param requests     how many costs were added
 * @param total        the exact sum of the costs
 * @param sumOfSquares the exact sum of the squared costs, in USD²
 */
public record CostSample(long requests, Money total, BigDecimal sumOfSquares) {

    public static final CostSample EMPTY = new CostSample(0, Money.ZERO, BigDecimal.ZERO);

    /** Ten decimals is a ten-thousandth of a micro-dollar: far below anything billed or shown. */
    private static final int MEAN_SCALE = 10;

    public CostSample plus(Money cost) {
        return new CostSample(requests + 1, total.plus(cost), sumOfSquares.add(cost.usd().multiply(cost.usd())));
    }

    /** The mean cost per request, rounded to 10 decimals; zero for an empty sample. */
    public Money mean() {
        if (requests == 0) {
            return Money.ZERO;
        }
        return new Money(total.usd().divide(BigDecimal.valueOf(requests), MEAN_SCALE, RoundingMode.HALF_EVEN));
    }

    /** The mean in USD as a double, for statistics only. */
    public double meanUsd() {
        return requests == 0 ? Double.NaN : total.usd().doubleValue() / requests;
    }

    /**
     * The sample variance s² = (n·Σx² − (Σx)²) / (n·(n − 1)) in USD²; NaN below two requests.
     * The numerator is exact, so a group of near-identical costs does not come out negative.
     */
    public double variance() {
        if (requests < 2) {
            return Double.NaN;
        }
        BigDecimal n = BigDecimal.valueOf(requests);
        BigDecimal numerator = n.multiply(sumOfSquares).subtract(total.usd().multiply(total.usd()));
        return numerator.doubleValue() / ((double) requests * (requests - 1));
    }
}
