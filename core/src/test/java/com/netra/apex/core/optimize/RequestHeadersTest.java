package com.netra.apex.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestHeadersTest {

    @Test
    void optimizeOffOptsOutInAnyCase() {
        assertThat(RequestHeaders.optOut(Map.of("x-apex-optimize", "off"))).isTrue();
        assertThat(RequestHeaders.optOut(Map.of("x-apex-optimize", " OFF "))).isTrue();
        assertThat(RequestHeaders.optOut(Map.of("x-apex-optimize", "on"))).isFalse();
        assertThat(RequestHeaders.optOut(Map.of())).isFalse();
    }

    @Test
    void tagsAreCommaSeparatedTrimmedAndNeverEmpty() {
        assertThat(RequestHeaders.tags(Map.of("x-apex-tags", " batch, nightly ,,  "))).containsExactlyInAnyOrder("batch", "nightly");
        assertThat(RequestHeaders.tags(Map.of("x-apex-tags", ""))).isEmpty();
        assertThat(RequestHeaders.tags(Map.of())).isEmpty();
    }

    @Test
    void noHeadersCarryNoSettings() {
        assertThat(RequestHeaders.settings(Map.of())).isEmpty();
        assertThat(RequestHeaders.settings(Map.of("x-apex-tags", "a", "x-apex-optimize", "off"))).isEmpty();
    }

    @Test
    void theCacheHeaderSetsBothCaches() {
        assertThat(RequestHeaders.settings(Map.of("x-apex-cache", "off")))
                .containsOnly(Map.entry("cache.exact", "off"), Map.entry("cache.semantic", "off"));
        assertThat(RequestHeaders.settings(Map.of("x-apex-cache", "Exact")))
                .containsOnly(Map.entry("cache.exact", "on"), Map.entry("cache.semantic", "off"));
        assertThat(RequestHeaders.settings(Map.of("x-apex-cache", " semantic ")))
                .containsOnly(Map.entry("cache.exact", "on"), Map.entry("cache.semantic", "on"));
    }

    @Test
    void anUnknownCacheModeIsAnErrorNamingTheHeader() {
        assertThatThrownBy(() -> RequestHeaders.settings(Map.of("x-apex-cache", "fuzzy")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x-apex-cache")
                .hasMessageContaining("'fuzzy'");
    }

    @Test
    void theOtherHeadersMapOntoTheirSettingsTrimmed() {
        Map<String, String> s = RequestHeaders.settings(Map.of(
                "x-apex-cache-ttl", " 60 ",
                "x-apex-semantic-threshold", "0.97",
                "x-apex-compress", "off",
                "x-apex-route", "on",
                "x-apex-prompt-cache", "off"));

        assertThat(s).containsOnly(
                Map.entry("cache.ttl_seconds", "60"),
                Map.entry("cache.semantic_threshold", "0.97"),
                Map.entry("compression", "off"),
                Map.entry("routing", "on"),
                Map.entry("prompt_cache", "off"));
    }

    @Test
    void everyHeaderThatCarriesASettingIsListed() {
        assertThat(RequestHeaders.NAMES).contains("x-apex-optimize", "x-apex-cache", "x-apex-cache-ttl",
                "x-apex-semantic-threshold", "x-apex-compress", "x-apex-route", "x-apex-prompt-cache", "x-apex-tags");
        assertThat(PolicySettings.KNOWN).containsKeys(RequestHeaders.settings(Map.of("x-apex-cache", "semantic",
                "x-apex-cache-ttl", "1", "x-apex-semantic-threshold", "0.9", "x-apex-compress", "off",
                "x-apex-route", "on", "x-apex-prompt-cache", "on")).keySet().toArray(String[]::new));
    }
}
