package com.netra.apex.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelRouterTest {

    private static final String PROMPT = "What is 2 + 2?";

    private final ModelRouter router = new ModelRouter(LearnedRouter.shipped());

    private static RoutingPolicy policy(String... settings) {
        Map<String, String> s = new java.util.HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            s.put(settings[i], settings[i + 1]);
        }
        return RoutingPolicy.parse(s);
    }

    /** A threshold above any probability: the learned router sends every prompt for a strong model to the weak one. */
    private static RoutingPolicy alwaysWeak(Set<String> strong, String weak) {
        return new RoutingPolicy(true, strong, weak, 1.01, List.of(), null);
    }

    private RoutingDecision decide(RoutingPolicy policy, String keyId, Set<String> tags, String model) {
        return router.decide(policy, keyId, tags, model, PROMPT, null);
    }

    @Test
    void aDisabledPolicyNeverRoutes() {
        RoutingPolicy off = new RoutingPolicy(false, Set.of("gpt-4o"), "gpt-4o-mini", 1.01,
                List.of(new RoutingPolicy.RoutingRule(RoutingPolicy.RoutingRule.Kind.MODEL, "gpt-4o", "gpt-4o-mini")),
                BigDecimal.ZERO);

        RoutingDecision d = router.decide(off, "k1", Set.of(), "gpt-4o", PROMPT, BigDecimal.ONE);

        assertThat(d).isEqualTo(RoutingDecision.unchanged("gpt-4o"));
        assertThat(d.routed()).isFalse();
        assertThat(d.reason()).isNull();
    }

    @Test
    void aTagRuleRoutesRequestsCarryingTheTag() {
        RoutingPolicy p = policy("routing.rules", "tag:batch>gpt-4o-mini");

        RoutingDecision d = decide(p, "k1", Set.of("nightly", "batch"), "gpt-4o");

        assertThat(d.model()).isEqualTo("gpt-4o-mini");
        assertThat(d.requestedModel()).isEqualTo("gpt-4o");
        assertThat(d.routed()).isTrue();
        assertThat(d.reason()).isEqualTo("rule tag:batch");
        assertThat(decide(p, "k1", Set.of("nightly"), "gpt-4o").routed()).isFalse();
    }

    @Test
    void aKeyRuleRoutesOnlyThatKey() {
        RoutingPolicy p = policy("routing.rules", "key:k1>claude-haiku-4-5");

        assertThat(decide(p, "k1", Set.of(), "claude-sonnet-4-5").model()).isEqualTo("claude-haiku-4-5");
        assertThat(decide(p, "k2", Set.of(), "claude-sonnet-4-5").model()).isEqualTo("claude-sonnet-4-5");
        assertThat(decide(p, "k1", Set.of(), "claude-sonnet-4-5").reason()).isEqualTo("rule key:k1");
    }

    @Test
    void aModelRuleRoutesOnlyThatModel() {
        RoutingPolicy p = policy("routing.rules", "model:gpt-4o>gpt-4.1-mini");

        assertThat(decide(p, "k1", Set.of(), "gpt-4o").model()).isEqualTo("gpt-4.1-mini");
        assertThat(decide(p, "k1", Set.of(), "gpt-4o-mini").routed()).isFalse();
        assertThat(decide(p, "k1", Set.of(), "gpt-4o-2024-08-06").routed()).isFalse(); // rules match names exactly
    }

    @Test
    void theFirstMatchingRuleWins() {
        RoutingPolicy p = policy("routing.rules", "model:gpt-4o>gpt-4.1;tag:batch>gpt-4o-mini;key:k1>gpt-4.1-nano");

        assertThat(decide(p, "k1", Set.of("batch"), "gpt-4o").model()).isEqualTo("gpt-4.1");
        assertThat(decide(p, "k1", Set.of("batch"), "o3").model()).isEqualTo("gpt-4o-mini");
        assertThat(decide(p, "k1", Set.of(), "o3").model()).isEqualTo("gpt-4.1-nano");
        assertThat(decide(p, "k2", Set.of(), "o3").routed()).isFalse();
    }

    @Test
    void aRequestAboveTheCostCeilingGoesToTheWeakModel() {
        RoutingPolicy p = policy("routing.max_input_cost_usd", "0.01", "routing.weak", "gpt-4o-mini");

        RoutingDecision above = router.decide(p, "k1", Set.of(), "gpt-4o", PROMPT, new BigDecimal("0.0101"));
        assertThat(above.model()).isEqualTo("gpt-4o-mini");
        assertThat(above.reason()).isEqualTo("cost ceiling");
        assertThat(router.decide(p, "k1", Set.of(), "gpt-4o", PROMPT, new BigDecimal("0.010")).routed()).isFalse();
        assertThat(router.decide(p, "k1", Set.of(), "gpt-4o", PROMPT, null).routed()).isFalse(); // unpriced
    }

    @Test
    void rulesComeBeforeTheCostCeiling() {
        RoutingPolicy p = policy("routing.max_input_cost_usd", "0.01", "routing.weak", "gpt-4o-mini",
                "routing.rules", "tag:vip>o3");

        RoutingDecision d = router.decide(p, "k1", Set.of("vip"), "gpt-4o", PROMPT, new BigDecimal("5"));

        assertThat(d.model()).isEqualTo("o3");
        assertThat(d.reason()).isEqualTo("rule tag:vip");
    }

    @Test
    void theCostCeilingComesBeforeTheLearnedRouter() {
        RoutingPolicy p = new RoutingPolicy(true, Set.of("gpt-4o"), "gpt-4o-mini", 0.0, List.of(), new BigDecimal("0.01"));

        RoutingDecision d = router.decide(p, "k1", Set.of(), "gpt-4o", PROMPT, new BigDecimal("0.02"));

        assertThat(d.reason()).isEqualTo("cost ceiling");
    }

    @Test
    void thresholdZeroKeepsEveryPromptOnTheStrongModel() {
        RoutingPolicy p = policy("routing.strong", "gpt-4o", "routing.weak", "gpt-4o-mini", "routing.threshold", "0");

        for (String prompt : new String[] {PROMPT, "hi", "Prove the Riemann hypothesis in Lean 4."}) {
            assertThat(router.decide(p, "k1", Set.of(), "gpt-4o", prompt, null).routed()).as(prompt).isFalse();
        }
    }

    @Test
    void aThresholdAboveEveryProbabilitySendsStrongModelPromptsToTheWeakModel() {
        RoutingDecision d = decide(alwaysWeak(Set.of("gpt-4o", "claude-sonnet-4-5"), "gpt-4o-mini"), "k1", Set.of(), "gpt-4o");

        assertThat(d.model()).isEqualTo("gpt-4o-mini");
        assertThat(d.reason()).startsWith("learned router p=");
    }

    @Test
    void theLearnedRouterOnlyTouchesTheTenantsStrongModels() {
        RoutingPolicy p = alwaysWeak(Set.of("gpt-4o"), "gpt-4o-mini");

        assertThat(decide(p, "k1", Set.of(), "o3").routed()).isFalse();
        assertThat(decide(p, "k1", Set.of(), "gpt-4o-mini").routed()).isFalse();
        assertThat(decide(alwaysWeak(Set.of(), "gpt-4o-mini"), "k1", Set.of(), "gpt-4o").routed()).isFalse();
    }

    @Test
    void theLearnedRouterNeedsAPrompt() {
        RoutingPolicy p = alwaysWeak(Set.of("gpt-4o"), "gpt-4o-mini");

        assertThat(router.decide(p, "k1", Set.of(), "gpt-4o", null, null).routed()).isFalse();
        assertThat(router.decide(p, "k1", Set.of(), "gpt-4o", "  \n", null).routed()).isFalse();
    }

    @Test
    void withoutAThresholdTheShippedOperatingPointDecides() {
        LearnedRouter learned = LearnedRouter.shipped();
        RoutingPolicy p = policy("routing.strong", "gpt-4o", "routing.weak", "gpt-4o-mini");

        boolean weak = learned.strongProbability(PROMPT) < learned.defaultThreshold();

        assertThat(decide(p, "k1", Set.of(), "gpt-4o").model()).isEqualTo(weak ? "gpt-4o-mini" : "gpt-4o");
    }
}
