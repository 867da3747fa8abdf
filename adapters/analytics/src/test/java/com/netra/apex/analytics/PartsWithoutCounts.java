package com.netra.apex.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBConnection;

/** Test fixture: a store's part files rewritten as an earlier version wrote them, without the requests column. */
final class PartsWithoutCounts {

    private PartsWithoutCounts() {
    }

    /** Rewrites every part file under {@code root} in place; returns them. */
    static List<Path> rewrite(Path root) throws Exception {
        List<Path> parts = PartitionFiles.partsUnder(root);
        try (DuckDBConnection c = DuckDb.inMemory(); Statement s = c.createStatement()) {
            for (Path part : parts) {
                Path old = part.resolveSibling("old.tmp");
                s.execute("COPY (SELECT * EXCLUDE (requests) FROM read_parquet(" + DuckDb.literal(part.toString())
                        + ")) TO " + DuckDb.literal(old.toString()) + " (FORMAT PARQUET)");
                Files.move(old, part, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return parts;
    }
}
