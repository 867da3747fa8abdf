package com.netra.apex.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.routing.RoutingPolicy.RoutingRule;
import com.netra.apex.core.routing.RoutingPolicy.RoutingRule.Kind;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    @Test
    void offIsDisabledAndEmpty() {
        assertThat(RoutingPolicy.OFF.enabled()).isFalse();
        assertThat(RoutingPolicy.OFF.rules()).isEmpty();
        assertThat(RoutingPolicy.OFF.strongModels()).isEmpty();
    }

    @Test
    void noSettingsGiveAnEnabledPolicyWithNothingToDo() {
        RoutingPolicy p = RoutingPolicy.parse(Map.of());

        assertThat(p.enabled()).isTrue();
        assertThat(p.strongModels()).isEmpty();
        assertThat(p.weakModel()).isNull();
        assertThat(p.threshold()).isNaN();
        assertThat(p.rules()).isEmpty();
        assertThat(p.maxInputCostUsd()).isNull();
    }

    @Test
    void rulesAreParsedInOrderAndTrimmed() {
        RoutingPolicy p = RoutingPolicy.parse(Map.of("routing.rules",
                "tag:batch>gpt-4o-mini; key: k1 > claude-haiku-4-5 ;model:gpt-4o>gpt-4.1-mini;"));

        assertThat(p.rules()).containsExactly(
                new RoutingRule(Kind.TAG, "batch", "gpt-4o-mini"),
                new RoutingRule(Kind.KEY, "k1", "claude-haiku-4-5"),
                new RoutingRule(Kind.MODEL, "gpt-4o", "gpt-4.1-mini"));
    }

    @Test
    void malformedRulesAreRejectedQuotingTheRule() {
        for (String bad : new String[] {"tagbatch>gpt-4o-mini", ":batch>gpt-4o-mini", "tag:>gpt-4o-mini",
                "tag:batch", "tag:batch>", "tag:batch gpt-4o-mini"}) {
            assertThatThrownBy(() -> RoutingPolicy.parse(Map.of("routing.rules", "model:a>b;" + bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> RoutingPolicy.parse(Map.of("routing.rules", "team:search>gpt-4o-mini")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'team:search>gpt-4o-mini'")
                .hasMessageContaining("tag:, key: or model:");
    }

    @Test
    void aRuleWithABlankValueOrTargetIsRejected() {
        for (String bad : new String[] {"tag:batch> ", "tag: >gpt-4o-mini", "key:k1>\t"}) {
            assertThatThrownBy(() -> RoutingPolicy.parse(Map.of("routing.rules", bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("routing rule");
        }
    }

    @Test
    void strongModelsAreTrimmedAndNeedAWeakModel() {
        RoutingPolicy p = RoutingPolicy.parse(Map.of("routing.strong", " gpt-4o, ,claude-sonnet-4-5 ",
                "routing.weak", " gpt-4o-mini "));

        assertThat(p.strongModels()).containsExactlyInAnyOrder("gpt-4o", "claude-sonnet-4-5");
        assertThat(p.weakModel()).isEqualTo("gpt-4o-mini");
        assertThatThrownBy(() -> RoutingPolicy.parse(Map.of("routing.strong", "gpt-4o")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("routing.weak");
        assertThatThrownBy(() -> RoutingPolicy.parse(Map.of("routing.strong", "gpt-4o", "routing.weak", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("routing.weak");
    }

    @Test
    void theThresholdIsAFractionNamedInItsError() {
        assertThat(RoutingPolicy.parse(Map.of("routing.threshold", "0.3")).threshold()).isEqualTo(0.3);
        assertThat(RoutingPolicy.parse(Map.of("routing.threshold", "0")).threshold()).isZero();
        assertThat(RoutingPolicy.parse(Map.of("routing.threshold", "1")).threshold()).isEqualTo(1.0);
        for (String bad : new String[] {"1.2", "-0.1", "high"}) {
            assertThatThrownBy(() -> RoutingPolicy.parse(Map.of("routing.threshold", bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("routing.threshold");
        }
    }

    @Test
    void theCostCeilingIsADollarAmountThatNeedsAWeakModel() {
        RoutingPolicy p = RoutingPolicy.parse(Map.of("routing.max_input_cost_usd", " 0.05 ", "routing.weak", "gpt-4o-mini"));

        assertThat(p.maxInputCostUsd()).isEqualByComparingTo(new BigDecimal("0.05"));
        assertThatThrownBy(() -> RoutingPolicy.parse(Map.of("routing.max_input_cost_usd", "five", "routing.weak", "m")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("routing.max_input_cost_usd").hasMessageContaining("'five'");
        assertThatThrownBy(() -> RoutingPolicy.parse(Map.of("routing.max_input_cost_usd", "0.05")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("routing.max_input_cost_usd").hasMessageContaining("routing.weak");
    }
}
