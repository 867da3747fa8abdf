package com.netra.apex.core.optimize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link PolicyStore} in memory that counts its reads, so tests can see when the policy cache reads through. */
final class InMemoryPolicyStore implements PolicyStore {

    private final Map<String, Map<String, String>> settings = new ConcurrentHashMap<>();
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public Map<String, String> settings(String tenantId, String scope) {
        reads.incrementAndGet();
        return settings.getOrDefault(tenantId + "\n" + scope, Map.of());
    }

    @Override
    public void put(String tenantId, String scope, Map<String, String> values) {
        if (values.isEmpty()) {
            settings.remove(tenantId + "\n" + scope);
        } else {
            settings.put(tenantId + "\n" + scope, Map.copyOf(values));
        }
    }
}
