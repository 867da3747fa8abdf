package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.optimize.OptimizationPolicy;
import com.netra.apex.core.optimize.Policies;
import com.netra.apex.core.optimize.PolicyStore;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DynamoDbPolicyStoreTest {

    private DynamoDbPolicyStore store;

    @BeforeEach
    void setUp() {
        store = new DynamoDbPolicyStore(LocalDynamo.client(), LocalDynamo.freshOptimizationTables().policies());
    }

    @Test
    void nothingStoredIsEmpty() {
        assertThat(store.settings("acme", PolicyStore.TENANT_SCOPE)).isEmpty();
    }

    @Test
    void storedSettingsAreReadBack() {
        Map<String, String> settings = Map.of("cache.semantic", "on", "cache.ttl_seconds", "600",
                "routing.rules", "tag:batch>gpt-4o-mini;key:k1>claude-haiku-4-5");
        store.put("acme", PolicyStore.TENANT_SCOPE, settings);

        assertThat(store.settings("acme", PolicyStore.TENANT_SCOPE)).isEqualTo(settings);
    }

    @Test
    void aPutReplacesTheWholeScope() {
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("cache.semantic", "on", "holdout", "0.1"));
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("holdout", "0.2"));

        assertThat(store.settings("acme", PolicyStore.TENANT_SCOPE)).containsOnly(Map.entry("holdout", "0.2"));
    }

    @Test
    void anEmptyPutClearsTheScope() {
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("holdout", "0.1"));
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of());

        assertThat(store.settings("acme", PolicyStore.TENANT_SCOPE)).isEmpty();
        store.put("acme", PolicyStore.keyScope("never-set"), Map.of()); // clearing nothing is fine
        assertThat(store.settings("acme", PolicyStore.keyScope("never-set"))).isEmpty();
    }

    @Test
    void scopesAndTenantsAreIndependent() {
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("holdout", "0.1"));
        store.put("acme", PolicyStore.keyScope("k1"), Map.of("compression", "off"));
        store.put("globex", PolicyStore.TENANT_SCOPE, Map.of("routing", "on"));

        assertThat(store.settings("acme", PolicyStore.TENANT_SCOPE)).containsOnly(Map.entry("holdout", "0.1"));
        assertThat(store.settings("acme", PolicyStore.keyScope("k1"))).containsOnly(Map.entry("compression", "off"));
        assertThat(store.settings("acme", PolicyStore.keyScope("k2"))).isEmpty();
        assertThat(store.settings("globex", PolicyStore.TENANT_SCOPE)).containsOnly(Map.entry("routing", "on"));
        assertThat(store.settings("globex", PolicyStore.keyScope("k1"))).isEmpty();

        store.put("acme", PolicyStore.keyScope("k1"), Map.of());
        assertThat(store.settings("acme", PolicyStore.TENANT_SCOPE)).containsOnly(Map.entry("holdout", "0.1"));
    }

    @Test
    void policiesResolveFromTheStore() {
        store.put("acme", PolicyStore.TENANT_SCOPE, Map.of("cache.ttl_seconds", "200", "cache.semantic", "on"));
        store.put("acme", PolicyStore.keyScope("k1"), Map.of("cache.ttl_seconds", "300"));
        Policies policies = new Policies(Map.of("cache.ttl_seconds", "100"), store, Duration.ZERO);

        OptimizationPolicy k1 = policies.resolve("acme", "k1", Map.of());
        OptimizationPolicy k2 = policies.resolve("acme", "k2", Map.of());

        assertThat(k1.cache().ttl()).isEqualTo(Duration.ofSeconds(300));
        assertThat(k1.cache().semantic()).isTrue();
        assertThat(k2.cache().ttl()).isEqualTo(Duration.ofSeconds(200));
        assertThat(policies.resolve("globex", "k1", Map.of()).cache().ttl()).isEqualTo(Duration.ofSeconds(100));
    }
}
