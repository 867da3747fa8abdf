package com.netra.apex.core.metering;

import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.core.usage.UsageStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Stores each record before the response completes. For AWS Lambda, where an environment is frozen
 * when its response ends and may be discarded, so nothing may wait in memory.
 */
public final class DirectRecorder implements UsageRecorder {

    private final UsageStore store;
    private final Executor executor;

    /** {@code executor} runs the blocking store call, keeping it off the caller's (event loop) thread. */
    public DirectRecorder(UsageStore store, Executor executor) {
        this.store = store;
        this.executor = executor;
    }

    @Override
    public CompletionStage<Void> record(UsageRecord record) {
        return CompletableFuture.runAsync(() -> store.putAll(List.of(record)), executor);
    }

    @Override
    public void flush() {
        // Nothing is ever held back.
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
