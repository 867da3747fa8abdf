package com.netra.apex.core.tenancy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Tenants' own provider keys ("bring your own key"): set and removed here, and read on the hot path
 * per tenant through a short cache, so one store query serves every provider of that tenant.
 */
public final class TenantProviderKeys {

    private final TenantCredentialStore store;
    private final CredentialSealer sealer;
    private final TtlCache<String, Map<String, String>> cache;

    public TenantProviderKeys(TenantCredentialStore store, CredentialSealer sealer, Duration cacheTtl) {
        this.store = store;
        this.sealer = sealer;
        this.cache = new TtlCache<>(cacheTtl);
    }

    public void set(String tenantId, String provider, String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("the provider key must not be empty");
        }
        store.put(tenantId, provider, sealer.seal(apiKey.trim(), tenantId, provider));
        cache.remove(tenantId);
    }

    public boolean remove(String tenantId, String provider) {
        boolean removed = store.remove(tenantId, provider);
        cache.remove(tenantId); // after the store, so a concurrent lookup cannot re-cache the old key
        return removed;
    }

    /** The tenant's own keys by provider name (empty when it uses the operator's keys). */
    public Map<String, String> forTenant(String tenantId) {
        long now = System.nanoTime();
        Map<String, String> cached = cache.getFresh(tenantId);
        if (cached != null) {
            return cached;
        }
        Map<String, String> keys = new HashMap<>();
        store.findAll(tenantId).forEach((provider, sealed) -> keys.put(provider, sealer.open(sealed, tenantId, provider)));
        Map<String, String> frozen = Map.copyOf(keys);
        cache.put(tenantId, frozen, now);
        return frozen;
    }

    /** True when {@link #forTenant} needs no store call, so it may run on an event loop thread. */
    public boolean answerableFromCache(String tenantId) {
        return cache.isFresh(tenantId);
    }
}
