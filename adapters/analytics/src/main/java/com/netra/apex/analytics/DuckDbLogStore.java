package com.netra.apex.analytics;

import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.store.LogStore;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

/**
 * The Wedge's log store on a local folder: Parquet files at
 * {@code <root>/tenant=<t>/date=<yyyy-MM-dd>/part-<uuid>.parquet}, written by DuckDB. Each append is
 * staged in memory, cleared of rowIds already stored for the same tenant and day, written to a staging
 * folder beside the root and only then moved into place, so a reader never sees a half-written file.
 *
 * <p>Appends for one tenant are serialized within this JVM; two processes appending for the same tenant
 * at once could both store a row (single writer per tenant is the ingest pipeline's contract).
 */
public final class DuckDbLogStore implements LogStore {

    private final Path root;
    private final Path staging;
    private final PriceTable prices;
    private final ConcurrentMap<String, Object> tenantLocks = new ConcurrentHashMap<>();

    public DuckDbLogStore(Path root, PriceTable prices) {
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolveSibling(this.root.getFileName() + ".staging");
        this.prices = prices;
    }

    public Path root() {
        return root;
    }

    @Override
    public long append(String tenantId, Iterator<LogRow> rows) {
        WedgeScope.requireTenant(tenantId);
        synchronized (tenantLocks.computeIfAbsent(tenantId, t -> new Object())) {
            Path target = staging.resolve(UUID.randomUUID().toString());
            try (DuckDBConnection c = DuckDb.inMemory()) {
                IncomingBatch batch = IncomingBatch.load(c, tenantId, rows, prices);
                List<Path> existing = storedFiles(tenantId, batch.days());
                long stored = copy(c, ParquetWrite.sql(tenantId, existing, batch.mayRepeat(), target));
                moveIntoPlace(target);
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
        Files.createDirectories(staging);
        try (Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                return s.getUpdateCount();
            }
            try (ResultSet r = s.getResultSet()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private List<Path> storedFiles(String tenantId, Collection<String> days) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String day : days) {
            Path partition = root.resolve("tenant=" + tenantId).resolve("date=" + day);
            if (Files.isDirectory(partition)) {
                try (Stream<Path> listing = Files.list(partition)) {
                    listing.filter(DuckDbLogStore::isParquet).forEach(files::add);
                }
            }
        }
        return files;
    }

    /** Moves each staged file into its partition: a rename on the same file system, so never half there. */
    private void moveIntoPlace(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return; // nothing new to write
        }
        try (Stream<Path> written = Files.walk(target)) {
            for (Path file : written.filter(DuckDbLogStore::isParquet).toList()) {
                Path into = root.resolve(target.relativize(file));
                Files.createDirectories(into.getParent());
                Files.move(file, into, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private static boolean isParquet(Path p) {
        return p.getFileName().toString().endsWith(".parquet");
    }
}
