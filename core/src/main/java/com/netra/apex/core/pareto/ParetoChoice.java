package com.netra.apex.core.pareto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks a configuration from measured candidates for a tenant's weights on cost, latency and quality:
 * first the Pareto frontier (candidates no other candidate beats on every objective), then the frontier
 * point with the lowest weighted score, each objective scaled to 0..1 over the frontier so the weights
 * compare like with like.
 */
public final class ParetoChoice {

    /** How much a tenant cares about each objective; any non-negative numbers, not all zero. */
    public record Weights(double cost, double latency, double quality) {

        public Weights {
            if (cost < 0 || latency < 0 || quality < 0 || cost + latency + quality == 0) {
                throw new IllegalArgumentException("weights must be non-negative and not all zero");
            }
        }
    }

    private ParetoChoice() {
    }

    /** The non-dominated candidates, cheapest first. */
    public static List<Candidate> frontier(List<Candidate> candidates) {
        List<Candidate> front = new ArrayList<>();
        for (Candidate c : candidates) {
            if (candidates.stream().noneMatch(o -> o.dominates(c))) {
                front.add(c);
            }
        }
        front.sort(Comparator.comparingDouble(Candidate::cost).thenComparing(Comparator.comparingDouble(Candidate::quality).reversed()));
        return front;
    }

    /** The frontier point with the lowest weighted score. */
    public static Candidate choose(List<Candidate> candidates, Weights w) {
        List<Candidate> front = frontier(candidates);
        if (front.isEmpty()) {
            throw new IllegalArgumentException("no candidates to choose from");
        }
        Range cost = Range.of(front, Candidate::cost);
        Range latency = Range.of(front, Candidate::latencyMillis);
        Range quality = Range.of(front, Candidate::quality);
        return front.stream().min(Comparator.comparingDouble(c -> w.cost() * cost.scaled(c.cost())
                + w.latency() * latency.scaled(c.latencyMillis())
                + w.quality() * (1 - quality.scaled(c.quality())))).orElseThrow();
    }

    private record Range(double min, double max) {

        static Range of(List<Candidate> cs, java.util.function.ToDoubleFunction<Candidate> f) {
            return new Range(cs.stream().mapToDouble(f).min().orElse(0), cs.stream().mapToDouble(f).max().orElse(0));
        }

        double scaled(double v) {
            return max == min ? 0 : (v - min) / (max - min);
        }
    }
}
