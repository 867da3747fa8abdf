package com.netra.apex.core.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Decides from the prompt text alone whether a prompt needs the strong model.
 *
 * <p>A linear model over hashed words predicts how much the strong model would add over the weak one.
 * With a cost exponent of 1 that gain is divided by the prompt's extra cost on the strong model (input
 * words plus the assumed answer length), so among prompts with the same expected gain the cheaper
 * upgrade goes first; cross-validation picked that over ignoring cost. The result is ranked against
 * the training prompts' out-of-fold scores, so a threshold of 0.6 sends roughly the top 40% to the
 * strong model. When answers are much longer than the 5 tokens assumed in training, prompt length
 * matters less to cost: retrain with cost exponent 0 for a quality-only ranking.
 */
public final class LearnedRouter {

    private static final String SHIPPED = "/apex/router/mmlu-router.json";

    /** Loaded once on first use; the weights are read-only. */
    private static final class Shipped {
        static final LearnedRouter ROUTER = load();

        private static LearnedRouter load() {
            try (InputStream in = LearnedRouter.class.getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    throw new IllegalStateException("router weights " + SHIPPED + " are missing from the classpath");
                }
                return new LearnedRouter(RouterWeightsFile.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final RouterWeights weights;
    private final PromptFeatures features;

    public LearnedRouter(RouterWeights weights) {
        this.weights = weights;
        this.features = new PromptFeatures(weights.bucketBits());
    }

    /** The router trained on the MMLU routing data, shipped as a classpath resource. */
    public static LearnedRouter shipped() {
        return Shipped.ROUTER;
    }

    public RouterWeights weights() {
        return weights;
    }

    /** 0..1: the share of training prompts that needed the strong model less than this one. */
    public double strongProbability(String prompt) {
        PromptFeatures.Vector x = features.of(prompt);
        double need = need(weights.target(), linear(x));
        return rank(weights.quantiles(), perCost(need, x.words(), weights.costExponent(), weights.costOutputTokens()));
    }

    /** The shipped operating point: route to the strong model when strongProbability is at least this. */
    public double defaultThreshold() {
        return weights.threshold();
    }

    public boolean needsStrong(String prompt, double threshold) {
        return strongProbability(prompt) >= threshold;
    }

    private double linear(PromptFeatures.Vector x) {
        double z = weights.bias();
        double[] w = weights.weights();
        for (int k = 0; k < x.index().length; k++) {
            z += w[x.index()[k]] * x.value()[k];
        }
        return z;
    }

    /** The predicted need for the strong model: the gain itself, or the chance the weak model fails. */
    static double need(String target, double linear) {
        return RouterWeights.GAIN.equals(target) ? linear : 1 / (1 + Math.exp(-linear));
    }

    /** Need per unit of the strong model's extra cost, which grows with input plus assumed output. */
    static double perCost(double need, int words, double exponent, double outputTokens) {
        return exponent == 0 ? need : need / Math.pow(Math.max(1, words + outputTokens), exponent);
    }

    /** Where {@code score} falls among the ascending quantiles, interpolated, on 0..1. */
    static double rank(double[] quantiles, double score) {
        int last = quantiles.length - 1;
        if (score <= quantiles[0]) {
            return 0;
        }
        if (score >= quantiles[last]) {
            return 1;
        }
        int hi = Arrays.binarySearch(quantiles, score);
        if (hi < 0) {
            hi = -hi - 1; // first quantile above the score
        } else {
            while (hi < last && quantiles[hi + 1] == score) {
                hi++;
            }
            return (double) hi / last;
        }
        double lo = quantiles[hi - 1];
        double within = quantiles[hi] == lo ? 0 : (score - lo) / (quantiles[hi] - lo);
        return (hi - 1 + within) / last;
    }
}
