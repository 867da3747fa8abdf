package com.netra.apex.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.compression.CompressionLevel;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoliciesTest {

    private final InMemoryPolicyStore store = new InMemoryPolicyStore();

    private Policies readThrough(Map<String, String> defaults) {
        return new Policies(defaults, store, Duration.ZERO);
    }

    private static long ttl(OptimizationPolicy p) {
        return p.cache().ttl().toSeconds();
    }

    @Test
    void withNothingStoredTheGatewayDefaultsApply() {
        OptimizationPolicy p = readThrough(Map.of("cache.ttl_seconds", "100", "compression", "off"))
                .resolve("acme", "k1", Map.of());

        assertThat(ttl(p)).isEqualTo(100);
        assertThat(p.compression()).isEqualTo(CompressionLevel.OFF);
        assertThat(p.cache().exact()).isTrue(); // not in the defaults: the built-in default
    }

    @Test
    void layersApplyDefaultsThenTenantThenKeyThenHeaders() {
        Policies policies = readThrough(Map.of("cache.ttl_seconds", "100"));
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("cache.ttl_seconds", "200"));
        store.put("acme", PolicyStore.keyScope("k1"), Map.of("cache.ttl_seconds", "300"));

        assertThat(ttl(policies.resolve("acme", "k1", Map.of("x-apex-cache-ttl", "400")))).isEqualTo(400);
        assertThat(ttl(policies.resolve("acme", "k1", Map.of()))).isEqualTo(300);
        assertThat(ttl(policies.resolve("acme", "k2", Map.of()))).isEqualTo(200);
        assertThat(ttl(policies.resolve("other", "k1", Map.of()))).isEqualTo(100);
    }

    @Test
    void eachLayerOverridesOnlyTheSettingsItNames() {
        Policies policies = readThrough(Map.of("compression", "off", "cache.ttl_seconds", "100"));
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("cache.semantic", "on", "holdout", "0.1"));
        store.put("acme", PolicyStore.keyScope("k1"), Map.of("holdout", "0.3"));

        OptimizationPolicy p = policies.resolve("acme", "k1", Map.of("x-apex-semantic-threshold", "0.99"));

        assertThat(p.compression()).isEqualTo(CompressionLevel.OFF);
        assertThat(ttl(p)).isEqualTo(100);
        assertThat(p.cache().semantic()).isTrue();
        assertThat(p.holdoutFraction()).isEqualTo(0.3);
        assertThat(p.cache().semanticThreshold()).isEqualTo(0.99);
    }

    @Test
    void optimizeOffGivesAnUnoptimizedPolicyWhateverIsStored() {
        Policies policies = readThrough(Map.of());
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("cache.semantic", "on", "routing", "on",
                "routing.weak", "gpt-4o-mini", "compression", "lossy"));

        OptimizationPolicy p = policies.resolve("acme", "k1", Map.of("x-apex-optimize", "off", "x-apex-cache", "semantic"));

        assertThat(p.cache().exact()).isFalse();
        assertThat(p.cache().semantic()).isFalse();
        assertThat(p.compression()).isEqualTo(CompressionLevel.OFF);
        assertThat(p.routing().enabled()).isFalse();
        assertThat(p.promptCaching()).isFalse();
    }

    @Test
    void badDefaultsFailAtStart() {
        assertThatThrownBy(() -> readThrough(Map.of("cache.ttl", "60")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cache.ttl'");
        assertThatThrownBy(() -> readThrough(Map.of("holdout", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdout");
    }

    @Test
    void aBadStoredOrHeaderValueIsAnErrorNamingTheSetting() {
        Policies policies = readThrough(Map.of());
        store.put("acme", PolicyStore.keyScope("k1"), Map.of("cache.ttl_seconds", "forever"));

        assertThatThrownBy(() -> policies.resolve("acme", "k1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cache.ttl_seconds");
        assertThatThrownBy(() -> policies.resolve("acme", "k2", Map.of("x-apex-semantic-threshold", "0.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cache.semantic_threshold");
        assertThatThrownBy(() -> policies.resolve("acme", "k2", Map.of("x-apex-route", "maybe")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("routing");
    }

    @Test
    void anUnknownStoredSettingIsRejected() {
        Policies policies = readThrough(Map.of());
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("routing.strongest", "gpt-4o"));

        assertThatThrownBy(() -> policies.resolve("acme", "k1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'routing.strongest'");
    }

    @Test
    void storedSettingsAreCachedForTheirTtl() {
        Policies policies = new Policies(Map.of(), store, Duration.ofMinutes(5));
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("cache.ttl_seconds", "200"));
        assertThat(policies.answerableFromCache("acme", "k1")).isFalse();

        assertThat(ttl(policies.resolve("acme", "k1", Map.of()))).isEqualTo(200);
        int readsAfterFirst = store.reads.get();
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("cache.ttl_seconds", "500"));

        assertThat(policies.answerableFromCache("acme", "k1")).isTrue();
        assertThat(ttl(policies.resolve("acme", "k1", Map.of()))).isEqualTo(200);
        assertThat(store.reads.get()).isEqualTo(readsAfterFirst).isEqualTo(2); // tenant and key scope, once each
        assertThat(policies.answerableFromCache("acme", "k2")).isFalse(); // k2's scope was never read
    }

    @Test
    void aZeroTtlReadsThroughOnEveryRequest() {
        Policies policies = readThrough(Map.of());
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("cache.ttl_seconds", "200"));
        assertThat(ttl(policies.resolve("acme", "k1", Map.of()))).isEqualTo(200);

        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("cache.ttl_seconds", "500"));
        assertThat(ttl(policies.resolve("acme", "k1", Map.of()))).isEqualTo(500);

        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of());
        assertThat(ttl(policies.resolve("acme", "k1", Map.of()))).isEqualTo(3600);
        assertThat(store.reads.get()).isEqualTo(6);
        assertThat(policies.answerableFromCache("acme", "k1")).isFalse();
    }

    @Test
    void cachedSettingsNeverCrossTenants() {
        Policies policies = new Policies(Map.of(), store, Duration.ofMinutes(5));
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("cache.ttl_seconds", "200"));
        store.put("acme", PolicyStore.keyScope("k1"), Map.of("holdout", "0.5"));

        policies.resolve("acme", "k1", Map.of());
        OptimizationPolicy other = policies.resolve("globex", "k1", Map.of());

        assertThat(ttl(other)).isEqualTo(3600);
        assertThat(other.holdoutFraction()).isZero();
    }
}
