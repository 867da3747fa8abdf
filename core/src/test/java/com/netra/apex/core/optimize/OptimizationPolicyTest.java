package com.netra.apex.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.compression.CompressionLevel;
import com.netra.apex.core.routing.RoutingPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimizationPolicyTest {

    @Test
    void noSettingsGiveTheDocumentedDefaults() {
        OptimizationPolicy p = OptimizationPolicy.parse(Map.of());

        assertThat(p.cache()).isEqualTo(new OptimizationPolicy.CachePolicy(true, false, Duration.ofHours(1), 0.93, 1.0));
        assertThat(p.compression()).isEqualTo(CompressionLevel.LOSSLESS);
        assertThat(p.historyWindow()).isEqualTo(20);
        assertThat(p.promptCaching()).isTrue();
        assertThat(p.routing()).isEqualTo(RoutingPolicy.OFF);
        assertThat(p.holdoutFraction()).isZero();
    }

    @Test
    void everySettingIsRead() {
        OptimizationPolicy p = OptimizationPolicy.parse(Map.ofEntries(
                Map.entry("cache.exact", "off"), Map.entry("cache.semantic", "on"),
                Map.entry("cache.ttl_seconds", "120"), Map.entry("cache.semantic_threshold", "0.95"),
                Map.entry("cache.max_temperature", "0.3"), Map.entry("compression", "lossy"),
                Map.entry("compression.history_window", "6"), Map.entry("prompt_cache", "off"),
                Map.entry("routing", "on"), Map.entry("routing.strong", "gpt-4o"),
                Map.entry("routing.weak", "gpt-4o-mini"), Map.entry("holdout", "0.05")));

        assertThat(p.cache()).isEqualTo(new OptimizationPolicy.CachePolicy(false, true, Duration.ofSeconds(120), 0.95, 0.3));
        assertThat(p.compression()).isEqualTo(CompressionLevel.LOSSY);
        assertThat(p.historyWindow()).isEqualTo(6);
        assertThat(p.promptCaching()).isFalse();
        assertThat(p.routing().enabled()).isTrue();
        assertThat(p.routing().strongModels()).containsExactly("gpt-4o");
        assertThat(p.routing().weakModel()).isEqualTo("gpt-4o-mini");
        assertThat(p.holdoutFraction()).isEqualTo(0.05);
    }

    @Test
    void flagsAcceptTheUsualSpellingsInAnyCase() {
        for (String on : new String[] {"on", "TRUE", " yes ", "1"}) {
            assertThat(OptimizationPolicy.parse(Map.of("cache.semantic", on)).cache().semantic()).as(on).isTrue();
        }
        for (String off : new String[] {"Off", "false", "NO", "0 "}) {
            assertThat(OptimizationPolicy.parse(Map.of("cache.exact", off)).cache().exact()).as(off).isFalse();
        }
    }

    @Test
    void routingSettingsAreIgnoredWhileRoutingIsOff() {
        OptimizationPolicy p = OptimizationPolicy.parse(Map.of("routing", "off", "routing.weak", "gpt-4o-mini",
                "routing.rules", "tag:batch>gpt-4o-mini"));

        assertThat(p.routing().enabled()).isFalse();
        assertThat(p.routing().rules()).isEmpty();
    }

    @Test
    void anUnknownSettingIsRejectedByName() {
        assertThatThrownBy(() -> OptimizationPolicy.parse(Map.of("cache.exakt", "on")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'cache.exakt'")
                .hasMessageContaining("cache.exact");
    }

    @Test
    void aBadValueIsRejectedWithTheSettingsName() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("cache.exact", "maybe"),
                Map.entry("cache.semantic", ""),
                Map.entry("cache.ttl_seconds", "0"),
                Map.entry("cache.semantic_threshold", "0.5"),
                Map.entry("cache.max_temperature", "2.5"),
                Map.entry("compression.history_window", "ten"),
                Map.entry("prompt_cache", "sometimes"),
                Map.entry("routing", "auto"),
                Map.entry("holdout", "1.5"));
        bad.forEach((name, value) -> assertThatThrownBy(() -> OptimizationPolicy.parse(Map.of(name, value)))
                .as("%s=%s", name, value)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name)
                .hasMessageContaining("'" + value + "'"));
        assertThatThrownBy(() -> OptimizationPolicy.parse(Map.of("compression", "maximal")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compression")
                .hasMessageContaining("maximal");
    }

    @Test
    void rangesIncludeTheirEnds() {
        assertThat(OptimizationPolicy.parse(Map.of("cache.ttl_seconds", "1")).cache().ttl()).isEqualTo(Duration.ofSeconds(1));
        assertThat(OptimizationPolicy.parse(Map.of("cache.ttl_seconds", Long.toString(31L * 24 * 3600))).cache().ttl())
                .isEqualTo(Duration.ofDays(31));
        assertThat(OptimizationPolicy.parse(Map.of("holdout", "1")).holdoutFraction()).isEqualTo(1.0);
        assertThat(OptimizationPolicy.parse(Map.of("cache.semantic_threshold", "0.80")).cache().semanticThreshold())
                .isEqualTo(0.80);
        assertThatThrownBy(() -> OptimizationPolicy.parse(Map.of("cache.ttl_seconds", Long.toString(31L * 24 * 3600 + 1))))
                .hasMessageContaining("cache.ttl_seconds");
        assertThatThrownBy(() -> OptimizationPolicy.parse(Map.of("holdout", "NaN"))).hasMessageContaining("holdout");
    }

    @Test
    void unoptimizedTurnsEverythingOffButKeepsTheHoldoutAndCacheSettings() {
        OptimizationPolicy p = OptimizationPolicy.parse(Map.of("cache.semantic", "on", "cache.ttl_seconds", "99",
                "compression", "lossy", "routing", "on", "routing.weak", "gpt-4o-mini", "holdout", "0.2"));

        OptimizationPolicy off = p.unoptimized();

        assertThat(off.cache().exact()).isFalse();
        assertThat(off.cache().semantic()).isFalse();
        assertThat(off.cache().ttl()).isEqualTo(Duration.ofSeconds(99));
        assertThat(off.compression()).isEqualTo(CompressionLevel.OFF);
        assertThat(off.promptCaching()).isFalse();
        assertThat(off.routing()).isEqualTo(RoutingPolicy.OFF);
        assertThat(off.holdoutFraction()).isEqualTo(0.2);
    }
}
