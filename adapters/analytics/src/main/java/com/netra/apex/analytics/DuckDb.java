package com.netra.apex.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import org.duckdb.DuckDBConnection;

/** Opening DuckDB and quoting the few literals (our own file paths) that cannot be bound as parameters. */
final class DuckDb {

    private DuckDb() {
    }

    /** A private in-memory database: nothing is shared between appends or with the Parquet readers. */
    static DuckDBConnection inMemory() throws SQLException {
        return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    }

    /** A SQL string literal; only ever used for paths this adapter built, never for tenant-supplied text. */
    static String literal(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("NUL in SQL literal");
        }
        return "'" + text.replace("'", "''") + "'";
    }

    /** Removes a staging folder; leftovers are harmless (readers never look there), so failures are ignored. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the next run's cleanup; the moved files are already in place
        }
    }
}
