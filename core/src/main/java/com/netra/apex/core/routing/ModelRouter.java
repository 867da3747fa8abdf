package com.netra.apex.core.routing;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Applies a tenant's {@link RoutingPolicy} to one request: explicit rules first (first match wins), then
 * the cost ceiling, then the learned router for the tenant's strong models.
 */
public final class ModelRouter {

    private final LearnedRouter learned;

    public ModelRouter(LearnedRouter learned) {
        this.learned = learned;
    }

    /**
     * @param inputCostUsd the request's input at the requested model's price, or null when unpriced
     */
    public RoutingDecision decide(RoutingPolicy policy, String keyId, Set<String> tags, String requestedModel,
                                  String prompt, BigDecimal inputCostUsd) {
        if (!policy.enabled()) {
            return RoutingDecision.unchanged(requestedModel);
        }
        for (RoutingPolicy.RoutingRule rule : policy.rules()) {
            boolean match = switch (rule.kind()) {
                case TAG -> tags.contains(rule.value());
                case KEY -> rule.value().equals(keyId);
                case MODEL -> rule.value().equals(requestedModel);
            };
            if (match) {
                return new RoutingDecision(requestedModel, rule.target(),
                        "rule " + rule.kind().name().toLowerCase() + ":" + rule.value());
            }
        }
        if (policy.maxInputCostUsd() != null && inputCostUsd != null
                && inputCostUsd.compareTo(policy.maxInputCostUsd()) > 0) {
            return new RoutingDecision(requestedModel, policy.weakModel(), "cost ceiling");
        }
        if (policy.strongModels().contains(requestedModel) && prompt != null && !prompt.isBlank()) {
            double threshold = Double.isNaN(policy.threshold()) ? learned.defaultThreshold() : policy.threshold();
            double p = learned.strongProbability(prompt);
            if (p < threshold) {
                return new RoutingDecision(requestedModel, policy.weakModel(),
                        String.format("learned router p=%.2f < %.2f", p, threshold));
            }
        }
        return RoutingDecision.unchanged(requestedModel);
    }
}
