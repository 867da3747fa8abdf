package com.netra.apex.core.promptcache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which prompt prefixes each tenant sent recently, so a cache breakpoint is only paid for when a prefix
 * repeats. Bounded: the least recently seen prefixes are forgotten first. Per process, which is enough to
 * predict reuse; a prefix new to this instance just waits one request for its breakpoint.
 */
public final class PrefixSightings {

    private final long windowNanos;
    private final Map<String, Long> lastSeen;

    public PrefixSightings(Duration window, int capacity) {
        this.windowNanos = window.toNanos();
        this.lastSeen = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Anthropic's default cache lifetime: five minutes, refreshed on every read. */
    public static PrefixSightings anthropicDefault() {
        return new PrefixSightings(Duration.ofMinutes(5), 100_000);
    }

    /** Records a sighting; true if the same tenant sent this prefix within the window before. */
    public synchronized boolean seenRecently(String tenantId, String prefixHash) {
        long now = System.nanoTime();
        Long before = lastSeen.put(tenantId + "\n" + prefixHash, now);
        return before != null && now - before <= windowNanos;
    }
}
