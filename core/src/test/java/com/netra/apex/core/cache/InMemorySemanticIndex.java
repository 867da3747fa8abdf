package com.netra.apex.core.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SemanticIndex} in memory: per tenant, scope and bucket, newest first, expired entries included. */
class InMemorySemanticIndex implements SemanticIndex {

    private final Map<String, List<SemanticEntry>> buckets = new ConcurrentHashMap<>();

    @Override
    public List<SemanticEntry> candidates(String tenantId, String scope, List<String> keys, int perBucket) {
        List<SemanticEntry> out = new ArrayList<>();
        for (String bucket : keys) {
            List<SemanticEntry> newestFirst = buckets.getOrDefault(tenantId + "\n" + scope + "\n" + bucket, List.of());
            out.addAll(newestFirst.subList(0, Math.min(perBucket, newestFirst.size())));
        }
        return out;
    }

    @Override
    public void add(String tenantId, String scope, List<String> keys, SemanticEntry entry) {
        for (String bucket : keys) {
            buckets.computeIfAbsent(tenantId + "\n" + scope + "\n" + bucket, k -> new ArrayList<>()).add(0, entry);
        }
    }
}
