package com.netra.apex.core.wedge.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The stored shape of a log row, in Parquet column order: one list from which both the local writer's
 * table and Athena's Glue table are declared, so the two cannot drift apart. The partition columns
 * {@code tenant} and {@code date} (UTC day, {@code yyyy-MM-dd}) live in the folder names, not the files.
 */
public final class LogTable {

    /** One stored column, with its DuckDB type and its Hive (Glue) type. */
    public record Column(String name, String duckDbType, String hiveType) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("row_id", "VARCHAR", "string"),
            new Column("ts", "TIMESTAMP", "timestamp"),
            new Column("source", "VARCHAR", "string"),
            new Column("provider", "VARCHAR", "string"),
            new Column("model", "VARCHAR", "string"),
            new Column("key_id", "VARCHAR", "string"),
            new Column("tags", "VARCHAR[]", "array<string>"),
            new Column("input_tokens", "BIGINT", "bigint"),
            new Column("cached_input_tokens", "BIGINT", "bigint"),
            new Column("cache_write_tokens", "BIGINT", "bigint"),
            new Column("output_tokens", "BIGINT", "bigint"),
            // Exact money: never FLOAT/DOUBLE, so sums over millions of calls stay to the nanodollar.
            new Column("cost_usd", "DECIMAL(18, 9)", "decimal(18,9)"),
            new Column("cost_source", "VARCHAR", "string"),
            new Column("priced", "BOOLEAN", "boolean"),
            new Column("prompt_text", "VARCHAR", "string"),
            new Column("prompt_hash", "VARCHAR", "string"),
            new Column("prefix_hash", "VARCHAR", "string"),
            new Column("prefix_tokens", "BIGINT", "bigint"),
            new Column("latency_ms", "BIGINT", "bigint"),
            new Column("status", "INTEGER", "int"),
            new Column("batch", "BOOLEAN", "boolean"),
            // How many calls the row stands for: 1 for a logged call, a count for an export's aggregate row.
            new Column("requests", "BIGINT", "bigint"));

    public static final List<String> PARTITION_KEYS = List.of("tenant", "date");

    private LogTable() {
    }

    /** DuckDB columns: the partition keys first, then the stored columns. */
    public static String duckDbColumns() {
        return "tenant VARCHAR, \"date\" VARCHAR, " + COLUMNS.stream()
                .map(c -> quote(c.name()) + " " + c.duckDbType()).collect(Collectors.joining(", "));
    }

    /**
     * Athena DDL for the Glue table over {@code s3Location} (e.g. {@code s3://bucket/wedge}), with
     * partition projection: no crawler and no MSCK REPAIR, and a query without a tenant reads nothing.
     */
    public static String athenaDdl(String table, String s3Location) {
        String columns = COLUMNS.stream().map(c -> "  `" + c.name() + "` " + c.hiveType())
                .collect(Collectors.joining(",\n"));
        return """
                CREATE EXTERNAL TABLE IF NOT EXISTS %1$s (
                %2$s)
                PARTITIONED BY (`tenant` string, `date` string)
                STORED AS PARQUET
                LOCATION '%3$s/'
                TBLPROPERTIES (
                  'projection.enabled' = 'true',
                  'projection.tenant.type' = 'injected',
                  'projection.date.type' = 'date',
                  'projection.date.format' = 'yyyy-MM-dd',
                  'projection.date.range' = '2020-01-01,NOW',
                  'projection.date.interval.unit' = 'DAYS',
                  'storage.location.template' = '%3$s/tenant=${tenant}/date=${date}/')
                """.formatted(table, columns, s3Location);
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }
}
