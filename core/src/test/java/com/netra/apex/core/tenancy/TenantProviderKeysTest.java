package com.netra.apex.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantProviderKeysTest {

    private final InMemoryTenantCredentialStore store = new InMemoryTenantCredentialStore();
    private final CredentialSealer sealer = CredentialSealer.fromRootSecret(KeyHasherTest.key('r'));

    private TenantProviderKeys keys(Duration ttl) {
        return new TenantProviderKeys(store, sealer, ttl);
    }

    @Test
    void aTenantGetsBackItsOwnKeysByProvider() {
        TenantProviderKeys keys = keys(Duration.ofMinutes(5));
        keys.set("acme", "openai", "sk-acme-openai");
        keys.set("acme", "anthropic", "sk-ant-acme");
        assertThat(keys.forTenant("acme")).containsOnly(entry("openai", "sk-acme-openai"),
                entry("anthropic", "sk-ant-acme"));
    }

    @Test
    void theStoreHoldsOnlySealedValues() {
        keys(Duration.ZERO).set("acme", "openai", "sk-acme-openai");
        String raw = store.raw("acme", "openai");
        assertThat(raw).isNotBlank().doesNotContain("sk-acme-openai");
        assertThat(sealer.open(raw, "acme", "openai")).isEqualTo("sk-acme-openai");
    }

    @Test
    void keysAreTrimmed() {
        TenantProviderKeys keys = keys(Duration.ZERO);
        keys.set("acme", "openai", "  sk-acme-openai \n");
        assertThat(keys.forTenant("acme")).containsExactly(entry("openai", "sk-acme-openai"));
    }

    @Test
    void emptyKeysAreRejected() {
        TenantProviderKeys keys = keys(Duration.ZERO);
        for (String bad : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> keys.set("acme", "openai", bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(store.raw("acme", "openai")).isNull();
    }

    @Test
    void aTenantWithoutKeysGetsAnEmptyMap() {
        assertThat(keys(Duration.ofMinutes(5)).forTenant("acme")).isEmpty();
    }

    @Test
    void tenantsNeverSeeEachOthersKeys() {
        TenantProviderKeys keys = keys(Duration.ofMinutes(5));
        keys.set("acme", "openai", "sk-acme");
        keys.set("globex", "openai", "sk-globex");
        assertThat(keys.forTenant("acme")).containsExactly(entry("openai", "sk-acme"));
        assertThat(keys.forTenant("globex")).containsExactly(entry("openai", "sk-globex"));
        assertThat(keys.forTenant("initech")).isEmpty();
    }

    @Test
    void aSealedValueCopiedIntoAnotherTenantsRowIsRefused() {
        TenantProviderKeys keys = keys(Duration.ZERO);
        keys.set("acme", "openai", "sk-acme");
        store.put("mallory", "openai", store.raw("acme", "openai"));
        assertThatThrownBy(() -> keys.forTenant("mallory")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsAreCachedPerTenant() {
        TenantProviderKeys keys = keys(Duration.ofHours(1));
        keys.set("acme", "openai", "sk-acme");
        assertThat(keys.answerableFromCache("acme")).isFalse();
        keys.forTenant("acme");
        keys.forTenant("acme");
        keys.forTenant("acme");
        assertThat(store.reads()).isEqualTo(1);
        assertThat(keys.answerableFromCache("acme")).isTrue();
        assertThat(keys.answerableFromCache("globex")).isFalse();
    }

    @Test
    void withoutACacheEveryReadGoesToTheStore() {
        TenantProviderKeys keys = keys(Duration.ZERO);
        keys.forTenant("acme");
        keys.forTenant("acme");
        assertThat(store.reads()).isEqualTo(2);
        assertThat(keys.answerableFromCache("acme")).isFalse();
    }

    @Test
    void setAndRemoveTakeEffectAtOnceDespiteTheCache() {
        TenantProviderKeys keys = keys(Duration.ofHours(1));
        keys.set("acme", "openai", "sk-old");
        assertThat(keys.forTenant("acme")).containsExactly(entry("openai", "sk-old"));

        keys.set("acme", "openai", "sk-new");
        assertThat(keys.forTenant("acme")).containsExactly(entry("openai", "sk-new"));

        assertThat(keys.remove("acme", "openai")).isTrue();
        assertThat(keys.forTenant("acme")).isEmpty();
        assertThat(keys.remove("acme", "openai")).isFalse();
    }

    @Test
    void theReturnedMapIsReadOnly() {
        TenantProviderKeys keys = keys(Duration.ofHours(1));
        keys.set("acme", "openai", "sk-acme");
        Map<String, String> map = keys.forTenant("acme");
        assertThatThrownBy(() -> map.put("anthropic", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(keys.forTenant("acme")).containsOnlyKeys("openai");
    }
}
