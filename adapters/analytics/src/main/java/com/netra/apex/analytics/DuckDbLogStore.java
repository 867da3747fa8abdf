package com.netra.apex.analytics;

import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.store.LogStore;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.duckdb.DuckDBConnection;

/**
 * The Wedge's log store: Parquet files at {@code tenant=<t>/date=<yyyy-MM-dd>/part-<uuid>.parquet}, written
 * by DuckDB, kept by a {@link PartitionFiles} (a local folder, or S3). Each append is staged in memory, cleared
 * of rowIds already stored for the same tenant and day, written to a staging folder and only then published,
 * so a reader never sees a half-written file.
 *
 * <p>Appends for one tenant are serialized: within this JVM here, across processes by the partitions'
 * {@link PartitionFiles#lockForWriting} (a file lock locally, the ingest lease on AWS).
 */
public final class DuckDbLogStore implements LogStore {

    private final PartitionFiles partitions;
    private final PriceTable prices;
    private final ConcurrentMap<String, Object> tenantLocks = new ConcurrentHashMap<>();

    /** A store in a local folder. */
    public DuckDbLogStore(Path root, PriceTable prices) {
        this(new LocalPartitions(root), prices);
    }

    public DuckDbLogStore(PartitionFiles partitions, PriceTable prices) {
        this.partitions = partitions;
        this.prices = prices;
    }

    /** The local folder of a store made with {@link #DuckDbLogStore(Path, PriceTable)}. */
    public Path root() {
        if (partitions instanceof LocalPartitions local) {
            return local.root();
        }
        throw new IllegalStateException("this store's partitions are not a local folder");
    }

    @Override
    public long append(String tenantId, Iterator<LogRow> rows) {
        WedgeScope.requireTenant(tenantId);
        synchronized (tenantLocks.computeIfAbsent(tenantId, t -> new Object())) {
            Path target = partitions.staging().resolve(UUID.randomUUID().toString());
            try (Closeable writer = partitions.lockForWriting(tenantId); DuckDBConnection c = DuckDb.inMemory()) {
                IncomingBatch batch = IncomingBatch.load(c, tenantId, rows, prices);
                List<Path> existing = partitions.stored(tenantId, batch.days());
                long stored = copy(c, ParquetWrite.sql(tenantId, existing, batch.mayRepeat(), target));
                partitions.publish(target);
                return stored;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store logs for tenant " + tenantId, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DuckDb.deleteTree(target);
            }
        }
    }

    /** Runs the COPY and returns how many rows it wrote. */
    private long copy(DuckDBConnection c, String sql) throws SQLException, IOException {
        Files.createDirectories(partitions.staging());
        try (Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                return s.getUpdateCount();
            }
            try (ResultSet r = s.getResultSet()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }
}
