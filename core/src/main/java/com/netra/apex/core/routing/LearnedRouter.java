package com.netra.apex.core.routing;

/** Placeholder: replaced by the trained router. */
public final class LearnedRouter {
    public static LearnedRouter shipped() {
        return new LearnedRouter();
    }

    public double strongProbability(String prompt) {
        return 1.0;
    }

    public double defaultThreshold() {
        return 0.5;
    }

    public boolean needsStrong(String prompt, double threshold) {
        return strongProbability(prompt) >= threshold;
    }
}
