package com.netra.apex.core.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the learned router on the training split only. Each candidate (target, L2 strength, cost
 * exponent) is scored by cross-validation: out-of-fold scores, then the cheapest threshold that keeps
 * the quality target. The best candidate is refitted on all training prompts; its out-of-fold scores
 * give the 0..1 scale and the shipped threshold, so the threshold is never picked on fitted data.
 */
public final class RouterTrainer {

    /** Training choices; {@link #defaults()} produced the shipped weights. */
    public record Settings(int bucketBits, int iterations, int folds, double qualityTarget, List<String> targets,
                           List<Double> l2s, List<Double> costExponents, int quantileCount) {

        public static Settings defaults() {
            return new Settings(16, 200, 5, 0.955, List.of(RouterWeights.GAIN, RouterWeights.WEAK_WRONG),
                    List.of(3e-5, 1e-4, 3e-4), List.of(0.0, 0.5, 1.0), 201);
        }
    }

    /** One candidate's cross-validated operating point at the quality target. */
    public record Candidate(String target, double l2, double costExponent, double costSaved, double strongShare,
                            double qualityVsStrong, double threshold) {
    }

    /** The trained router, the candidate it was built from, and every candidate that was compared. */
    public record Result(LearnedRouter router, Candidate chosen, List<Candidate> candidates) {
    }

    private final Settings settings;
    private final PromptFeatures features;

    public RouterTrainer(Settings settings) {
        this.settings = settings;
        this.features = new PromptFeatures(settings.bucketBits());
    }

    /**
     * @param costOutputTokens the assumed answer length in input-token units of the price gap
     * @param provenance       facts about the data and models to record in the weights file
     */
    public Result train(List<PricedExample> train, double costOutputTokens, Map<String, Object> provenance) {
        if (train.stream().anyMatch(e -> RouterSplit.isTest(e.example().prompt()))) {
            throw new IllegalArgumentException("the router trains on the training split only; a held-out prompt was passed");
        }
        List<PromptFeatures.Vector> xs = train.stream().map(e -> features.of(e.example().prompt())).toList();
        int[] fold = train.stream().mapToInt(e -> RouterSplit.fold(e.example().prompt(), settings.folds())).toArray();
        Candidate best = null;
        double[] bestScores = null;
        List<Candidate> candidates = new ArrayList<>();
        for (String target : settings.targets()) {
            for (double l2 : settings.l2s()) {
                double[] need = outOfFoldNeed(xs, train, fold, target, l2);
                for (double exponent : settings.costExponents()) {
                    double[] scores = perCost(need, xs, exponent, costOutputTokens);
                    Candidate c = evaluate(train, scores, target, l2, exponent);
                    candidates.add(c);
                    if (best == null || c.costSaved() > best.costSaved()) {
                        best = c;
                        bestScores = scores;
                    }
                }
            }
        }
        LinearLearner.Fit fit = fit(xs, train, best.target(), best.l2());
        RouterWeights weights = new RouterWeights(settings.bucketBits(), best.target(), fit.bias(), asFloats(fit.weights()),
                best.costExponent(), costOutputTokens, quantiles(bestScores), best.threshold(),
                provenance(provenance, train.size(), best, candidates));
        return new Result(new LearnedRouter(weights), best, List.copyOf(candidates));
    }

    private double[] outOfFoldNeed(List<PromptFeatures.Vector> xs, List<PricedExample> train, int[] fold,
                                   String target, double l2) {
        double[] need = new double[xs.size()];
        for (int f = 0; f < settings.folds(); f++) {
            List<PromptFeatures.Vector> fitX = new ArrayList<>();
            List<PricedExample> fitY = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) {
                if (fold[i] != f) {
                    fitX.add(xs.get(i));
                    fitY.add(train.get(i));
                }
            }
            LinearLearner.Fit fit = fit(fitX, fitY, target, l2);
            for (int i = 0; i < xs.size(); i++) {
                if (fold[i] == f) {
                    need[i] = LearnedRouter.need(target, fit.score(xs.get(i)));
                }
            }
        }
        return need;
    }

    private LinearLearner.Fit fit(List<PromptFeatures.Vector> xs, List<PricedExample> examples, String target, double l2) {
        boolean gain = RouterWeights.GAIN.equals(target);
        double[] y = examples.stream()
                .mapToDouble(e -> gain ? e.example().strongGain() : e.example().weakCorrect() ? 0 : 1)
                .toArray();
        LinearLearner.Loss loss = gain ? LinearLearner.Loss.SQUARED : LinearLearner.Loss.LOGISTIC;
        return LinearLearner.fit(xs, y, features.dimensions(), loss, l2, settings.iterations());
    }

    private static double[] perCost(double[] need, List<PromptFeatures.Vector> xs, double exponent, double outputTokens) {
        double[] scores = new double[need.length];
        for (int i = 0; i < need.length; i++) {
            scores[i] = LearnedRouter.perCost(need[i], xs.get(i).words(), exponent, outputTokens);
        }
        return scores;
    }

    /** Maps scores onto 0..1 by their own quantiles and finds the cheapest cut meeting the target. */
    private Candidate evaluate(List<PricedExample> train, double[] scores, String target, double l2, double exponent) {
        double[] q = quantiles(scores);
        double[] ranked = Arrays.stream(scores).map(s -> LearnedRouter.rank(q, s)).toArray();
        RouterCurve.Point p = new RouterCurve(train, ranked).cheapestMeeting(settings.qualityTarget());
        return new Candidate(target, l2, exponent, p.costSaved(), p.strongShare(), p.qualityVsStrong(), p.threshold());
    }

    private double[] quantiles(double[] scores) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double[] q = new double[settings.quantileCount()];
        for (int i = 0; i < q.length; i++) {
            q[i] = sorted[(int) Math.round((double) i * (sorted.length - 1) / (q.length - 1))];
        }
        return q;
    }

    /** Stored as float32; rounding here keeps the in-memory router identical to the written file. */
    private static double[] asFloats(double[] w) {
        double[] out = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            out[j] = (float) w[j];
        }
        return out;
    }

    private Map<String, Object> provenance(Map<String, Object> given, int rows, Candidate chosen, List<Candidate> all) {
        Map<String, Object> p = new LinkedHashMap<>(given);
        p.put("train_rows", rows);
        p.put("settings", settings);
        p.put("chosen", chosen);
        p.put("cross_validation", all);
        return p;
    }
}
