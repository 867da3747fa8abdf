package com.netra.apex.core.tenancy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Tenants' sealed provider keys in memory, counting reads so tests can tell cache hits from store calls. */
final class InMemoryTenantCredentialStore implements TenantCredentialStore {

    private final Map<String, Map<String, String>> byTenant = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    @Override
    public void put(String tenantId, String provider, String sealedKey) {
        byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>()).put(provider, sealedKey);
    }

    @Override
    public Map<String, String> findAll(String tenantId) {
        reads.incrementAndGet();
        return Map.copyOf(byTenant.getOrDefault(tenantId, Map.of()));
    }

    @Override
    public boolean remove(String tenantId, String provider) {
        Map<String, String> keys = byTenant.get(tenantId);
        return keys != null && keys.remove(provider) != null;
    }

    int reads() {
        return reads.get();
    }

    /** The raw stored value, as someone reading the table would see it. */
    String raw(String tenantId, String provider) {
        return byTenant.getOrDefault(tenantId, Map.of()).get(provider);
    }
}
