package com.netra.apex.core.metering;

import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.core.usage.UsageStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A usage store keyed by request id, like the real one: putting the same request twice keeps one
 * record. Can be told to fail its first calls, and counts what it was asked to do.
 */
final class InMemoryUsageStore implements UsageStore {

    private final Map<String, UsageRecord> byId = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> successfulPuts = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger failuresLeft;
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final List<String> putThreads = new CopyOnWriteArrayList<>();
    private volatile Consumer<List<UsageRecord>> beforePut = records -> { };

    InMemoryUsageStore() {
        this(0);
    }

    /** A store whose first {@code failures} calls throw without storing anything. */
    InMemoryUsageStore(int failures) {
        this.failuresLeft = new AtomicInteger(failures);
    }

    /** Runs before each put (after the failure check), e.g. to block or to inspect the journal. */
    InMemoryUsageStore beforePut(Consumer<List<UsageRecord>> hook) {
        this.beforePut = hook;
        return this;
    }

    @Override
    public void putAll(List<UsageRecord> records) {
        calls.incrementAndGet();
        putThreads.add(Thread.currentThread().getName());
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("store unavailable (simulated)");
        }
        beforePut.accept(records);
        batchSizes.add(records.size());
        for (UsageRecord r : records) {
            byId.put(r.requestId(), r);
            successfulPuts.computeIfAbsent(r.requestId(), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Override
    public List<UsageRecord> query(String tenantId, Instant from, Instant to) {
        List<UsageRecord> out = new ArrayList<>();
        for (UsageRecord r : byId.values()) {
            if (r.tenantId().equals(tenantId) && !r.receivedAt().isBefore(from) && r.receivedAt().isBefore(to)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(UsageRecord::receivedAt).thenComparing(UsageRecord::requestId));
        return out;
    }

    Map<String, UsageRecord> records() {
        return Map.copyOf(byId);
    }

    int size() {
        return byId.size();
    }

    int calls() {
        return calls.get();
    }

    /** How many times a put containing this request id succeeded. */
    int successfulPuts(String requestId) {
        AtomicInteger n = successfulPuts.get(requestId);
        return n == null ? 0 : n.get();
    }

    List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }

    List<String> putThreads() {
        return List.copyOf(putThreads);
    }
}
