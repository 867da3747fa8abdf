package com.netra.apex.core.cache;

import java.util.List;

/** Port: the semantic cache's bucketed index, partitioned by tenant and scope so no lookup can cross tenants. */
public interface SemanticIndex {

    /** Up to {@code perBucket} newest entries from each of the buckets; expired entries may be included. */
    List<SemanticEntry> candidates(String tenantId, String scope, List<String> buckets, int perBucket);

    void add(String tenantId, String scope, List<String> buckets, SemanticEntry entry);
}
