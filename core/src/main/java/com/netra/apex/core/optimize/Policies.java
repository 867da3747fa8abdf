package com.netra.apex.core.optimize;

import com.netra.apex.core.tenancy.TtlCache;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the policy of one request: the gateway's defaults, then the tenant's settings, then the API
 * key's, then the request's headers. Stored settings are cached briefly so the hot path rarely reads them.
 */
public final class Policies {

    private final Map<String, String> defaults;
    private final PolicyStore store;
    private final TtlCache<String, Map<String, String>> cached;
    private final TtlCache<String, OptimizationPolicy> resolved;
    /** Keys of header variants cached in {@code resolved}, counted so that callers cannot grow it without bound. */
    private final Set<String> resolvedWithHeaders = ConcurrentHashMap.newKeySet();
    private static final int MAX_HEADER_VARIANTS = 10_000;

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
        // A key's policy, with the request's header settings if any, is parsed once per cache period. Tags
        // are not settings, so they are not part of the key; distinct setting combinations are few in practice.
        String key = headers.isEmpty() ? tenantId + "\n" + keyId
                : tenantId + "\n" + keyId + "\n" + new TreeMap<>(RequestHeaders.settings(headers)) + RequestHeaders.optOut(headers);
        if (!headers.isEmpty() && resolvedWithHeaders.size() >= MAX_HEADER_VARIANTS) {
            return resolveWithHeaders(tenantId, keyId, headers); // never grow without bound
        }
        OptimizationPolicy hit = resolved.getFresh(key);
        if (hit == null) {
            long started = System.nanoTime();
            hit = resolveWithHeaders(tenantId, keyId, headers);
            resolved.put(key, hit, started);
            if (!headers.isEmpty()) {
                resolvedWithHeaders.add(key);
            }
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
