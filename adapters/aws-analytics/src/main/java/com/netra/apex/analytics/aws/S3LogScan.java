package com.netra.apex.analytics.aws;

import com.netra.apex.analytics.DuckDbLogScan;
import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.store.LogScan;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * A tenant's stored rows read back from S3: the scope's days are mirrored into the local cache (only files not
 * fetched before), then DuckDB reads them exactly as it reads a local store.
 */
public final class S3LogScan implements LogScan {

    private final S3Partitions partitions;
    private final DuckDbLogScan mirror;

    public S3LogScan(S3Partitions partitions) {
        this.partitions = partitions;
        this.mirror = new DuckDbLogScan(partitions.cache());
    }

    @Override
    public void scan(WedgeScope scope, Consumer<LogRow> rows) {
        try {
            partitions.mirror(scope);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mirror the stored logs of " + scope.tenantId(), e);
        }
        mirror.scan(scope, rows);
    }
}
