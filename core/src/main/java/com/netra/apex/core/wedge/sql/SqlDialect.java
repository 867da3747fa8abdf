package com.netra.apex.core.wedge.sql;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What differs between the engines that run the Wedge's SQL, as data: each query is one text with
 * {@code {token}} placeholders, and a dialect only says what each token becomes. Everything else
 * (UNNEST, FILTER, window functions, DECIMAL casts, {@code ?} parameters, double-quoted identifiers)
 * is written once in the subset DuckDB and Trino (Athena engine 3) share.
 */
public enum SqlDialect {

    /** DuckDB over the Parquet folder; the location is the folder holding {@code tenant=…} partitions. */
    DUCKDB(".+", Map.of(
            // Partition values stay text: a tenant named "42" must not turn into a number, and dates compare
            // as ISO strings exactly as Athena's string partition keys do. Columns match by name, so files
            // written before a column was added read it as NULL (as Athena reads them through the Glue table).
            "{logs}", "read_parquet('%s/**/*.parquet', hive_partitioning = true, union_by_name = true, "
                    + "hive_types = {'tenant': VARCHAR, 'date': VARCHAR})",
            // Trino's CROSS JOIN UNNEST is a lateral join in DuckDB, 15x slower than unnest in the select list.
            "{tagged_logs}", "(SELECT tenant, \"date\", cost_usd, requests, unnest(tags) AS tag FROM {logs})",
            "{approx_distinct}", "approx_count_distinct",
            "{epoch_seconds}", "epoch",
            // DuckDB's regexp_replace changes only the first match unless told 'g'; Trino's changes all.
            "{all_matches}", ", 'g'")),

    /** Athena (Trino) over the Glue table; the location is the table, e.g. {@code apex_wedge.logs}. */
    ATHENA("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?", Map.of(
            "{logs}", "%s",
            "{tagged_logs}", "{logs} CROSS JOIN UNNEST(tags) AS t (tag)",
            "{approx_distinct}", "approx_distinct",
            "{epoch_seconds}", "to_unixtime",
            "{all_matches}", ""));

    /** The Glue database and table the Athena stack creates over the Parquet bucket. */
    public static final String ATHENA_TABLE = "apex_wedge.logs";

    private final Pattern location;
    private final Map<String, String> tokens;

    SqlDialect(String location, Map<String, String> tokens) {
        this.location = Pattern.compile(location);
        this.tokens = tokens;
    }

    /** {@code template} with every token replaced; {@code location} is the folder or table to read. */
    public String render(String template, String location) {
        if (location == null || !this.location.matcher(location).matches() || location.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(name() + " cannot read from " + location);
        }
        String sql = template;
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            if (!token.getKey().equals("{logs}")) {
                sql = sql.replace(token.getKey(), token.getValue());
            }
        }
        // Last, as other tokens' texts may read the logs too.
        return sql.replace("{logs}", tokens.get("{logs}").formatted(location.replace("'", "''")));
    }
}
