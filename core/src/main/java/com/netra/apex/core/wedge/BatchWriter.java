package com.netra.apex.core.wedge;

import com.netra.apex.core.wedge.store.LogStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Stores batches of rows on one background thread while the next batch is being parsed: at most one batch
 * is stored while another fills, so memory stays bounded to two batches. Failures surface on the next write.
 */
final class BatchWriter implements AutoCloseable {

    private final String tenantId;
    private final LogStore store;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "apex-wedge-store");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
    private long stored;
    private long storeNanos;

    BatchWriter(String tenantId, LogStore store) {
        this.tenantId = tenantId;
        this.store = store;
    }

    /** Hands a full batch over (the caller must not touch it again); waits for the previous one first. */
    void write(List<LogRow> batch) {
        join();
        if (batch.isEmpty()) {
            return;
        }
        pending = CompletableFuture.runAsync(() -> {
            long started = System.nanoTime();
            long n = store.append(tenantId, batch.iterator());
            synchronized (this) {
                stored += n;
                storeNanos += System.nanoTime() - started;
            }
        }, thread);
    }

    synchronized long stored() {
        return stored;
    }

    synchronized long storeNanos() {
        return storeNanos;
    }

    private void join() {
        try {
            pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Waits for the last batch and stops the thread. */
    @Override
    public void close() {
        try {
            join();
        } finally {
            thread.shutdown();
        }
    }
}
