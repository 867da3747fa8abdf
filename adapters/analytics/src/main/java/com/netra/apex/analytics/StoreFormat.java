package com.netra.apex.analytics;

import com.netra.apex.core.wedge.sql.LogTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.duckdb.DuckDBConnection;

/**
 * Brings a local store written by an earlier version up to {@link LogTable}'s columns, once: a part file
 * without a column is rewritten with it (a row then stood for one call, so {@code requests} is 1). Queries
 * read files by column name, but a column that no file has at all cannot even be named in SQL.
 */
public final class StoreFormat {

    /** Bumped whenever {@link LogTable#COLUMNS} gains a column older files lack. */
    static final String VERSION = "2";
    private static final String MARKER = ".apex-format";

    private StoreFormat() {
    }

    /** Upgrades every part file under {@code root} unless its marker says it is current. */
    public static void upgrade(Path root) {
        Path marker = root.resolve(MARKER);
        try {
            if (!Files.isDirectory(root) || Files.exists(marker) && Files.readString(marker).strip().equals(VERSION)) {
                return;
            }
            try (DuckDBConnection c = DuckDb.inMemory()) {
                for (Path part : PartitionFiles.partsUnder(root)) {
                    upgrade(c, part);
                }
            }
            Files.writeString(marker, VERSION + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot upgrade the Wedge store at " + root + ": " + e.getMessage(), e);
        }
    }

    private static void upgrade(DuckDBConnection c, Path part) throws SQLException, IOException {
        if (columns(c, part).contains("requests")) {
            return;
        }
        Path upgraded = part.resolveSibling(part.getFileName() + ".upgrading");
        try (Statement s = c.createStatement()) {
            s.execute("COPY (SELECT *, CAST(1 AS BIGINT) AS requests FROM read_parquet(" + DuckDb.literal(part.toString())
                    + ")) TO " + DuckDb.literal(upgraded.toString()) + " (FORMAT PARQUET, COMPRESSION ZSTD)");
        }
        Files.move(upgraded, part, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Set<String> columns(DuckDBConnection c, Path part) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name FROM parquet_schema(" + DuckDb.literal(part.toString()) + ")")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }
}
