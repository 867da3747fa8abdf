package com.netra.apex.analytics;

import com.netra.apex.core.wedge.sql.SqlDialect;
import com.netra.apex.core.wedge.sql.SqlEngine;
import com.netra.apex.core.wedge.sql.SqlSpendQueries;
import com.netra.apex.core.wedge.store.SpendQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;

/** Runs the Wedge's SQL with DuckDB over the Parquet folder a {@link DuckDbLogStore} writes. */
public final class DuckDbSqlEngine implements SqlEngine, AutoCloseable {

    private final Path root;
    private final DuckDBConnection database;

    public DuckDbSqlEngine(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            this.database = DuckDb.inMemory();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open DuckDB", e);
        }
    }

    /** The spend queries over {@code root}, valid while this engine is open. */
    public SpendQueries spendQueries() {
        return new SqlSpendQueries(this);
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.DUCKDB;
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public List<List<String>> rows(String sql, List<Object> parameters) {
        if (!anyParquet()) {
            return List.of(); // DuckDB refuses a glob that matches nothing; an empty store has no rows
        }
        // One duplicate per query: a DuckDB connection is not for concurrent statements, its duplicates are.
        try (Connection c = database.duplicate(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                q.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet r = q.executeQuery()) {
                return cells(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Wedge query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            database.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<List<String>> cells(ResultSet r) throws SQLException {
        int columns = r.getMetaData().getColumnCount();
        List<List<String>> rows = new ArrayList<>();
        while (r.next()) {
            List<String> row = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                row.add(r.getString(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private boolean anyParquet() {
        if (!Files.isDirectory(root)) {
            return false;
        }
        try (var files = Files.walk(root)) {
            return files.anyMatch(PartitionFiles::isPart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
