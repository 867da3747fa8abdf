package com.netra.apex.core.optimize;

import com.netra.apex.core.tenancy.TtlCache;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Resolves the policy of one request: the gateway's defaults, then the tenant's settings, then the API
 * key's, then the request's headers. Stored settings are cached briefly so the hot path rarely reads them.
 */
public final class Policies {

    private final Map<String, String> defaults;
    private final PolicyStore store;
    private final TtlCache<String, Map<String, String>> cached;
    private final TtlCache<String, OptimizationPolicy> resolved;

    public Policies(Map<String, String> defaults, PolicyStore store, Duration cacheTtl) {
        PolicySettings.requireKnown(defaults);
        OptimizationPolicy.parse(defaults); // fail at start, not on the first request
        this.defaults = Map.copyOf(defaults);
        this.store = store;
        this.cached = new TtlCache<>(cacheTtl);
        this.resolved = new TtlCache<>(cacheTtl);
    }

    /** True when resolving needs no store read (so the caller can stay on its event loop). */
    public boolean answerableFromCache(String tenantId, String keyId) {
        return cached.isFresh(tenantId + "\n" + PolicyStore.TENANT_SCOPE) && cached.isFresh(tenantId + "\n" + PolicyStore.keyScope(keyId));
    }

    public OptimizationPolicy resolve(String tenantId, String keyId, Map<String, String> headers) {
        if (!headers.isEmpty()) {
            return resolveWithHeaders(tenantId, keyId, headers);
        }
        // Most requests carry no x-apex headers: their policy is the key's, parsed once per cache period.
        String key = tenantId + "\n" + keyId;
        OptimizationPolicy hit = resolved.getFresh(key);
        if (hit == null) {
            long started = System.nanoTime();
            hit = resolveWithHeaders(tenantId, keyId, headers);
            resolved.put(key, hit, started);
        }
        return hit;
    }

    private OptimizationPolicy resolveWithHeaders(String tenantId, String keyId, Map<String, String> headers) {
        Map<String, String> merged = PolicySettings.merge(List.of(defaults,
                stored(tenantId, PolicyStore.TENANT_SCOPE), stored(tenantId, PolicyStore.keyScope(keyId)),
                RequestHeaders.settings(headers)));
        OptimizationPolicy policy = OptimizationPolicy.parse(merged);
        return RequestHeaders.optOut(headers) ? policy.unoptimized() : policy;
    }

    private Map<String, String> stored(String tenantId, String scope) {
        String key = tenantId + "\n" + scope;
        Map<String, String> hit = cached.getFresh(key);
        if (hit != null) {
            return hit;
        }
        long started = System.nanoTime();
        Map<String, String> loaded = Map.copyOf(store.settings(tenantId, scope));
        cached.put(key, loaded, started);
        return loaded;
    }
}
