package com.netra.apex.core.metering;

import com.netra.apex.core.usage.UsageRecord;
import java.util.concurrent.CompletionStage;

/** Accepts usage records; the returned stage completes once the record is safe from loss. */
public interface UsageRecorder extends AutoCloseable {

    CompletionStage<Void> record(UsageRecord record);

    /** Stores everything accepted so far; called on shutdown and before a Lambda invocation ends. */
    void flush();

    @Override
    void close();
}
