package com.netra.apex.core.tenancy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An API key store in memory, counting lookups so tests can tell cache hits from store calls. */
final class InMemoryApiKeyStore implements ApiKeyStore {

    private final Map<String, ApiKeyRecord> byId = new ConcurrentHashMap<>();
    private final AtomicInteger finds = new AtomicInteger();

    @Override
    public void create(ApiKeyRecord key) {
        if (byId.putIfAbsent(key.keyId(), key) != null) {
            throw new IllegalStateException("key " + key.keyId() + " already exists");
        }
    }

    @Override
    public Optional<ApiKeyRecord> find(String keyId) {
        finds.incrementAndGet();
        return Optional.ofNullable(byId.get(keyId));
    }

    @Override
    public void save(ApiKeyRecord key) {
        byId.put(key.keyId(), key);
    }

    @Override
    public List<ApiKeyRecord> listForTenant(String tenantId) {
        return byId.values().stream().filter(k -> k.tenantId().equals(tenantId))
                .sorted(Comparator.comparing(ApiKeyRecord::keyId)).toList();
    }

    int finds() {
        return finds.get();
    }

    List<ApiKeyRecord> all() {
        return List.copyOf(byId.values());
    }
}
