package com.netra.apex.core.routing;

import java.util.Arrays;
import java.util.List;

/**
 * Fits a linear model with L2 regularisation by full-batch Adam. Full batch and a fixed visiting order
 * make it deterministic: the same data and settings always give bit-identical weights.
 */
final class LinearLearner {

    /** Logistic for a yes/no target, squared for a graded one such as the gain in {-1, 0, 1}. */
    enum Loss { LOGISTIC, SQUARED }

    /** Learned weights per dimension and the unregularised bias. */
    record Fit(double[] weights, double bias) {

        double score(PromptFeatures.Vector x) {
            double z = bias;
            for (int k = 0; k < x.index().length; k++) {
                z += weights[x.index()[k]] * x.value()[k];
            }
            return z;
        }
    }

    private static final double LEARNING_RATE = 0.05;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private LinearLearner() {
    }

    static Fit fit(List<PromptFeatures.Vector> xs, double[] y, int dims, Loss loss, double l2, int iterations) {
        double[] w = new double[dims];
        double[] grad = new double[dims];
        Adam weights = new Adam(dims);
        Adam bias = new Adam(1);
        double[] b = new double[1];
        double[] gb = new double[1];
        for (int t = 1; t <= iterations; t++) {
            Arrays.fill(grad, 0);
            gb[0] = gradient(xs, y, new Fit(w, b[0]), loss, grad);
            for (int j = 0; j < dims; j++) {
                grad[j] += l2 * w[j];
            }
            weights.step(w, grad, t);
            bias.step(b, gb, t);
        }
        return new Fit(w, b[0]);
    }

    /** Adds the mean loss gradient to {@code grad}; returns the bias gradient. */
    private static double gradient(List<PromptFeatures.Vector> xs, double[] y, Fit current, Loss loss, double[] grad) {
        double biasGrad = 0;
        for (int i = 0; i < xs.size(); i++) {
            PromptFeatures.Vector x = xs.get(i);
            double z = current.score(x);
            double residual = ((loss == Loss.LOGISTIC ? 1 / (1 + Math.exp(-z)) : z) - y[i]) / xs.size();
            biasGrad += residual;
            for (int k = 0; k < x.index().length; k++) {
                grad[x.index()[k]] += residual * x.value()[k];
            }
        }
        return biasGrad;
    }

    /** Per-parameter Adam moments. */
    private static final class Adam {
        private final double[] m;
        private final double[] v;

        Adam(int size) {
            m = new double[size];
            v = new double[size];
        }

        void step(double[] params, double[] grad, int t) {
            double c1 = 1 - Math.pow(BETA1, t);
            double c2 = 1 - Math.pow(BETA2, t);
            for (int j = 0; j < params.length; j++) {
                m[j] = BETA1 * m[j] + (1 - BETA1) * grad[j];
                v[j] = BETA2 * v[j] + (1 - BETA2) * grad[j] * grad[j];
                params[j] -= LEARNING_RATE * (m[j] / c1) / (Math.sqrt(v[j] / c2) + EPSILON);
            }
        }
    }
}
