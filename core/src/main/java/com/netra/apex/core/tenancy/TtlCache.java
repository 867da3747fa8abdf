package com.netra.apex.core.tenancy;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small time-to-live cache for hot-path lookups (API keys, tenants' provider keys). A zero TTL
 * caches nothing. Values must not be null.
 */
public final class TtlCache<K, V> {

    private record Entry<V>(V value, long expiresAtNanos) {
    }

    private final long ttlNanos;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public TtlCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The cached value if it has not expired, else null. */
    public V getFresh(K key) {
        Entry<V> entry = entries.get(key);
        return entry != null && System.nanoTime() - entry.expiresAtNanos() < 0 ? entry.value() : null;
    }

    public boolean isFresh(K key) {
        return getFresh(key) != null;
    }

    /** Caches a value loaded at {@code loadedAtNanos}: it expires one TTL after the load began. */
    public void put(K key, V value, long loadedAtNanos) {
        if (ttlNanos > 0) {
            entries.put(key, new Entry<>(value, loadedAtNanos + ttlNanos));
        }
    }

    public void remove(K key) {
        entries.remove(key);
    }
}
