package com.netra.apex.core.routing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's routing choices: explicit rules (by API key, tag or model), a cost ceiling, and the learned
 * router that sends easy prompts for one of the {@code strongModels} to the tenant's {@code weakModel}.
 *
 * @param threshold       the learned router's threshold, or NaN for the shipped operating point
 * @param maxInputCostUsd requests whose input would cost more than this at the requested model go to the weak model; null for none
 */
public record RoutingPolicy(boolean enabled, Set<String> strongModels, String weakModel, double threshold,
                            List<RoutingRule> rules, BigDecimal maxInputCostUsd) {

    public static final RoutingPolicy OFF = new RoutingPolicy(false, Set.of(), null, Double.NaN, List.of(), null);

    /** One explicit rule: requests matching {@code kind}={@code value} go to {@code target}. */
    public record RoutingRule(Kind kind, String value, String target) {

        /** What a rule matches on. */
        public enum Kind { TAG, KEY, MODEL }
    }

    public static RoutingPolicy parse(Map<String, String> s) {
        Set<String> strong = new LinkedHashSet<>();
        for (String m : s.getOrDefault("routing.strong", "").split(",")) {
            if (!m.isBlank()) {
                strong.add(m.trim());
            }
        }
        String weak = s.get("routing.weak");
        if (!strong.isEmpty() && (weak == null || weak.isBlank())) {
            throw new IllegalArgumentException("routing.strong is set but routing.weak is not: name the cheaper model easy prompts go to");
        }
        double threshold = s.containsKey("routing.threshold")
                ? com.netra.apex.core.optimize.OptimizationPolicy.fraction(s, "routing.threshold", 0.5, 0.0, 1.0)
                : Double.NaN;
        BigDecimal ceiling = null;
        if (s.containsKey("routing.max_input_cost_usd")) {
            try {
                ceiling = new BigDecimal(s.get("routing.max_input_cost_usd").trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("routing.max_input_cost_usd must be a dollar amount, got '"
                        + s.get("routing.max_input_cost_usd") + "'");
            }
            if (weak == null) {
                throw new IllegalArgumentException("routing.max_input_cost_usd needs routing.weak: the model expensive requests go to");
            }
        }
        return new RoutingPolicy(true, Set.copyOf(strong), weak == null ? null : weak.trim(), threshold,
                rules(s.getOrDefault("routing.rules", "")), ceiling);
    }

    private static List<RoutingRule> rules(String text) {
        List<RoutingRule> rules = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            int arrow = part.indexOf('>');
            if (colon < 1 || arrow < colon + 2 || arrow == part.length() - 1) {
                throw new IllegalArgumentException("routing rule '" + part.trim() + "' must look like tag:T>model, key:K>model or model:M>model");
            }
            RoutingRule.Kind kind = switch (part.substring(0, colon).trim()) {
                case "tag" -> RoutingRule.Kind.TAG;
                case "key" -> RoutingRule.Kind.KEY;
                case "model" -> RoutingRule.Kind.MODEL;
                default -> throw new IllegalArgumentException("routing rule '" + part.trim() + "' must start with tag:, key: or model:");
            };
            String value = part.substring(colon + 1, arrow).trim();
            String target = part.substring(arrow + 1).trim();
            if (value.isEmpty() || target.isEmpty()) {
                throw new IllegalArgumentException("routing rule '" + part.trim() + "' needs a value and a target model");
            }
            rules.add(new RoutingRule(kind, value, target));
        }
        return List.copyOf(rules);
    }
}
