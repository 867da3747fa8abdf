package com.netra.apex.core.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An {@link AnswerCache} in memory, tenant-scoped and expiring by its clock, that counts reads and writes. */
final class InMemoryAnswerCache implements AnswerCache {

    private record Entry(CachedAnswer answer, Instant expiresAt) {
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    final AtomicInteger gets = new AtomicInteger();
    final AtomicInteger puts = new AtomicInteger();

    InMemoryAnswerCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<CachedAnswer> get(String tenantId, String key) {
        gets.incrementAndGet();
        Entry e = entries.get(tenantId + "\n" + key);
        return e != null && e.expiresAt().isAfter(clock.instant()) ? Optional.of(e.answer()) : Optional.empty();
    }

    @Override
    public void put(String tenantId, String key, CachedAnswer answer, Duration ttl) {
        puts.incrementAndGet();
        entries.put(tenantId + "\n" + key, new Entry(answer, clock.instant().plus(ttl)));
    }

    boolean contains(String tenantId, String key) {
        return entries.containsKey(tenantId + "\n" + key);
    }
}
