package com.netra.apex.core.metering;

import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.core.usage.UsageStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Stores each record before the response completes. For AWS Lambda, where an environment is frozen
 * when its response ends and may be discarded, so nothing may wait in memory.
 */
public final class DirectRecorder implements UsageRecorder {

    private final UsageStore store;

    public DirectRecorder(UsageStore store) {
        this.store = store;
    }

    @Override
    public CompletionStage<Void> record(UsageRecord record) {
        try {
            store.putAll(List.of(record));
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
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
