package com.netra.apex.core.pareto;

import java.util.Map;

/**
 * One configuration with its measured outcome: cost relative to the baseline (lower is better), added
 * latency in milliseconds (lower is better) and quality relative to the baseline (higher is better).
 *
 * @param settings the policy settings that produce it, as `apex policy set` takes them
 */
public record Candidate(String name, Map<String, String> settings, double cost, double latencyMillis, double quality) {

    /** True when this is at least as good on every objective and better on one. */
    public boolean dominates(Candidate o) {
        boolean noWorse = cost <= o.cost && latencyMillis <= o.latencyMillis && quality >= o.quality;
        boolean better = cost < o.cost || latencyMillis < o.latencyMillis || quality > o.quality;
        return noWorse && better;
    }
}
