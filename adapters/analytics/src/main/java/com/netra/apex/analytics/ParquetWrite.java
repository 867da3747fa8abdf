package com.netra.apex.analytics;

import com.netra.apex.core.wedge.sql.LogTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one COPY statement that turns an {@link IncomingBatch} into Parquet in {@link LogTable}'s shape:
 * names decoded, tags split, the UTC day derived, repeats of a (day, rowId) within the batch dropped
 * (the first appended wins; only when {@link SeenRowIds} saw a possible repeat) and rows already stored
 * for that day left out by an anti-join on that day's existing files.
 */
final class ParquetWrite {

    /** How each stored column is made from the incoming table {@code i} and the word list {@code w}. */
    private static final Map<String, String> DERIVED = Map.of(
            "source", "w.words[i.source + 1]",
            "provider", "w.words[i.provider + 1]",
            "model", "w.words[i.model + 1]",
            "cost_source", "w.words[i.cost_source + 1]",
            "tags", "coalesce(string_split(i.tags, chr(31)), [])", // chr(31) is IncomingBatch.TAG_SEPARATOR
            "priced", "i.cost_usd IS NOT NULL");

    private static final String TEMPLATE = """
            COPY (
                SELECT %1$s AS tenant, "date", %2$s
                FROM (
                    SELECT strftime(i.ts, '%%Y-%%m-%%d') AS "date", i.rowid AS seq, %3$s
                    FROM %4$s i, (SELECT list(word ORDER BY code) AS words FROM %5$s) w
                ) i
                %6$s
                %7$s
            ) TO %8$s (FORMAT PARQUET, COMPRESSION ZSTD, PARTITION_BY (tenant, "date"),
                       FILENAME_PATTERN 'part-{uuid}')
            """;

    /** Keeps the first appended row of each (day, rowId); a window sort, so only run when needed. */
    private static final String FIRST_OF_REPEATS =
            "QUALIFY row_number() OVER (PARTITION BY i.\"date\", i.row_id ORDER BY i.seq) = 1";

    private ParquetWrite() {
    }

    /**
     * @param tenantId  a checked tenant id (it becomes a literal and a folder name)
     * @param stored    the existing Parquet files of the batch's days
     * @param mayRepeat whether the batch may hold a (day, rowId) twice
     * @param target    the folder to write the {@code tenant=/date=} tree into
     */
    static String sql(String tenantId, List<Path> stored, boolean mayRepeat, Path target) {
        String columns = LogTable.COLUMNS.stream().map(c -> "i." + quote(c.name()))
                .collect(Collectors.joining(", "));
        String derived = LogTable.COLUMNS.stream()
                .map(c -> DERIVED.getOrDefault(c.name(), "i." + quote(c.name())) + " AS " + quote(c.name()))
                .collect(Collectors.joining(", "));
        return TEMPLATE.formatted(DuckDb.literal(tenantId), columns, derived, IncomingBatch.TABLE,
                IncomingBatch.WORDS, antiJoin(stored), mayRepeat ? FIRST_OF_REPEATS : "",
                DuckDb.literal(target.toString()));
    }

    private static String antiJoin(List<Path> stored) {
        if (stored.isEmpty()) {
            return "";
        }
        String files = stored.stream().map(p -> DuckDb.literal(p.toString())).collect(Collectors.joining(", "));
        // By name: a day may hold files written before a column was added.
        return "ANTI JOIN read_parquet([" + files + "], hive_partitioning = true, union_by_name = true, "
                + "hive_types = {'tenant': VARCHAR, 'date': VARCHAR}) e "
                + "ON e.row_id = i.row_id AND e.\"date\" = i.\"date\"";
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }
}
