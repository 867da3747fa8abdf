package com.netra.apex.core.routing;

import com.netra.apex.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The cost/quality trade-off of routing a set of priced prompts by a score: prompts scoring at or
 * above a threshold go to the strong model, the rest to the weak one. Costs are summed exactly in
 * {@link Money}; only the printed ratios are doubles.
 */
public final class RouterCurve {

    /**
     * One operating point. {@code costVsStrong} is routed cost over all-strong cost, and
     * {@code qualityVsStrong} routed accuracy over the strong model's accuracy.
     */
    public record Point(double threshold, double strongShare, Money cost, double costVsStrong,
                        double accuracy, double qualityVsStrong) {

        public double costSaved() {
            return 1 - costVsStrong;
        }
    }

    private final List<PricedExample> examples;
    private final double[] scores;
    private final Money strongTotal;
    private final Money weakTotal;
    private final int strongRight;
    private final int weakRight;

    public RouterCurve(List<PricedExample> examples, double[] scores) {
        if (examples.isEmpty() || examples.size() != scores.length) {
            throw new IllegalArgumentException("need one score per example and at least one example");
        }
        this.examples = List.copyOf(examples);
        this.scores = scores.clone();
        this.strongTotal = examples.stream().map(PricedExample::strongCost).reduce(Money.ZERO, Money::plus);
        this.weakTotal = examples.stream().map(PricedExample::weakCost).reduce(Money.ZERO, Money::plus);
        this.strongRight = (int) examples.stream().filter(e -> e.example().strongCorrect()).count();
        this.weakRight = (int) examples.stream().filter(e -> e.example().weakCorrect()).count();
    }

    public int size() {
        return examples.size();
    }

    public double strongAccuracy() {
        return (double) strongRight / size();
    }

    public double weakAccuracy() {
        return (double) weakRight / size();
    }

    public Money strongCost() {
        return strongTotal;
    }

    public Money weakCost() {
        return weakTotal;
    }

    /** Routing every prompt scoring at or above {@code threshold} to the strong model. */
    public Point at(double threshold) {
        Money cost = Money.ZERO;
        int strong = 0;
        int right = 0;
        for (int i = 0; i < size(); i++) {
            PricedExample e = examples.get(i);
            boolean toStrong = scores[i] >= threshold;
            strong += toStrong ? 1 : 0;
            cost = cost.plus(toStrong ? e.strongCost() : e.weakCost());
            right += (toStrong ? e.example().strongCorrect() : e.example().weakCorrect()) ? 1 : 0;
        }
        return point(threshold, (double) strong / size(), cost, (double) right / size());
    }

    /** The expected figures of sending a random {@code strongShare} of the prompts to the strong model. */
    public Point random(double strongShare) {
        Money cost = new Money(weakTotal.usd().add(strongTotal.minus(weakTotal).usd()
                .multiply(BigDecimal.valueOf(strongShare))));
        double accuracy = weakAccuracy() + strongShare * (strongAccuracy() - weakAccuracy());
        return point(Double.NaN, strongShare, cost, accuracy);
    }

    /**
     * The cheapest threshold whose quality relative to the strong model is at least {@code quality},
     * searched over every distinct score. Sending everything to the strong model always qualifies.
     */
    public Point cheapestMeeting(double quality) {
        int[] order = IntStream.range(0, size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        Money cost = weakTotal;
        int right = weakRight;
        double best = Math.nextUp(scores[order[0]]);
        Money bestCost = null;
        for (int k = 0; k <= size(); k++) {
            boolean cut = k == 0 || k == size() || scores[order[k - 1]] > scores[order[k]];
            if (cut && (double) right / strongRight >= quality && (bestCost == null || cost.compareTo(bestCost) < 0)) {
                bestCost = cost;
                best = k == 0 ? Math.nextUp(scores[order[0]]) : scores[order[k - 1]];
            }
            if (k < size()) {
                PricedExample e = examples.get(order[k]);
                cost = cost.plus(e.strongCost()).minus(e.weakCost());
                right += e.example().strongGain();
            }
        }
        return at(best);
    }

    private Point point(double threshold, double strongShare, Money cost, double accuracy) {
        double costVsStrong = strongTotal.isZero() ? Double.NaN
                : cost.usd().divide(strongTotal.usd(), MathContext.DECIMAL64).doubleValue();
        return new Point(threshold, strongShare, cost, costVsStrong, accuracy, accuracy / strongAccuracy());
    }
}
