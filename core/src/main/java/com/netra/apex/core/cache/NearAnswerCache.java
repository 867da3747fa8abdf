package com.netra.apex.core.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An in-process tier in front of the shared {@link AnswerCache}: repeated hits on one instance skip the
 * storage round trip. Safe because a cached answer never changes under its key. A copy stored here lives
 * as long as its shared entry, capped at {@code maxAge}; a copy read from the shared cache lives at most
 * {@code maxAge}, so it can outlast its shared entry by that much. Bounded, least recently used first out.
 * Misses are not remembered, so an answer stored by another instance is found on the next request.
 */
public final class NearAnswerCache implements AnswerCache {

    private record Entry(CachedAnswer answer, Instant expiresAt) {
    }

    private final AnswerCache shared;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<String, Entry> local;

    public NearAnswerCache(AnswerCache shared, Clock clock, Duration maxAge, int capacity) {
        this.shared = shared;
        this.clock = clock;
        this.maxAge = maxAge;
        this.local = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public Optional<CachedAnswer> get(String tenantId, String key) {
        String k = tenantId + "\n" + key;
        Instant now = clock.instant();
        synchronized (local) {
            Entry e = local.get(k);
            if (e != null && e.expiresAt().isAfter(now)) {
                return Optional.of(e.answer());
            }
        }
        Optional<CachedAnswer> found = shared.get(tenantId, key);
        // The shared entry's own expiry is not known here; maxAge bounds how long a copy outlives it.
        found.ifPresent(a -> remember(k, a, now.plus(maxAge)));
        return found;
    }

    @Override
    public void put(String tenantId, String key, CachedAnswer answer, Duration ttl) {
        shared.put(tenantId, key, answer, ttl);
        Duration keep = ttl.compareTo(maxAge) < 0 ? ttl : maxAge;
        remember(tenantId + "\n" + key, answer, clock.instant().plus(keep));
    }

    private void remember(String key, CachedAnswer answer, Instant expiresAt) {
        synchronized (local) {
            local.put(key, new Entry(answer, expiresAt));
        }
    }
}
