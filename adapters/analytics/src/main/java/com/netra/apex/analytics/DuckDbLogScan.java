package com.netra.apex.analytics;

import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.store.LogScan;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;

/**
 * Reads a tenant's Parquet rows back as {@link LogRow}s with DuckDB, streaming: only the tenant's own folder
 * is listed, and rows arrive in time order. The stated cost is only a log's own figure; price-table costs are
 * left for the reader to compute again, exactly as at ingestion.
 */
public final class DuckDbLogScan implements LogScan {

    private static final String COLUMNS = "row_id, epoch_us(ts), source, provider, model, key_id, tags, input_tokens, "
            + "cached_input_tokens, cache_write_tokens, output_tokens, cost_usd, cost_source, prompt_text, prompt_hash, "
            + "prefix_hash, prefix_tokens, latency_ms, status, batch, coalesce(requests, 1)";

    private final Path root;

    public DuckDbLogScan(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void scan(WedgeScope scope, Consumer<LogRow> rows) {
        // The tenant id was checked to be a plain identifier (WedgeScope), so it is safe inside the path.
        Path folder = root.resolve("tenant=" + scope.tenantId());
        if (!Files.isDirectory(folder)) {
            return;
        }
        String sql = "SELECT " + COLUMNS + " FROM read_parquet(" + DuckDb.literal(folder + "/**/*.parquet")
                + ", hive_partitioning = true, union_by_name = true, hive_types = {'date': VARCHAR}) WHERE \"date\" BETWEEN ? AND ? ORDER BY ts, row_id";
        try (DuckDBConnection c = DuckDb.inMemory(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, scope.from().toString());
            q.setString(2, scope.to().toString());
            q.setFetchSize(10_000);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.accept(row(scope.tenantId(), r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the stored logs of " + scope.tenantId() + ": " + e.getMessage(), e);
        }
    }

    private static LogRow row(String tenant, ResultSet r) throws SQLException {
        long micros = r.getLong(2);
        Instant ts = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        BigDecimal cost = "log".equals(r.getString(13)) ? r.getBigDecimal(12) : null;
        return new LogRow(r.getString(1), tenant, ts, r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                tags(r.getArray(7)), r.getLong(8), r.getLong(9), r.getLong(10), r.getLong(11), cost, r.getString(14),
                r.getString(15), r.getString(16), r.getLong(17), r.getLong(18), r.getInt(19), r.getBoolean(20),
                r.getLong(21));
    }

    private static List<String> tags(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
