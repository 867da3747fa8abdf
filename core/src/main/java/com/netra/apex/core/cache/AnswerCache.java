package com.netra.apex.core.cache;

import java.time.Duration;
import java.util.Optional;

/** Port: cached answers by tenant and key. Every read and write names the tenant; entries never cross tenants. */
public interface AnswerCache {

    /** The fresh answer stored under this tenant's key, if any; expired entries are never returned. */
    Optional<CachedAnswer> get(String tenantId, String key);

    void put(String tenantId, String key, CachedAnswer answer, Duration ttl);
}
