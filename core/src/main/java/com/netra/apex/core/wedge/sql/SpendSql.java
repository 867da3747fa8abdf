package com.netra.apex.core.wedge.sql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Wedge's spend queries, one text each for DuckDB and Athena alike (see {@link SqlDialect} for the
 * tokens). Every query reads one tenant's days: its first three parameters are the tenant, the first day
 * and the last day (ISO {@code yyyy-MM-dd}, compared as the partition text), so each engine reads only
 * that tenant's partitions; a query with a limit takes it as a fourth parameter. Values are always bound
 * as parameters, never pasted into the text.
 */
public final class SpendSql {

    // Calls are sum(coalesce(requests, 1)): an export's aggregate row counts as the calls it stands for, and a
    // row stored before rows carried a count (its file has no requests column) as one call.

    /** The partition filter every query starts from: it is what keeps tenants apart. */
    private static final String SCOPE = "tenant = ? AND \"date\" BETWEEN ? AND ?";

    public static final String TOTAL = """
            SELECT CAST(coalesce(sum(coalesce(requests, 1)), 0) AS BIGINT) AS calls,
                   CAST(sum(cost_usd) AS DECIMAL(38, 9)) AS spend_usd,
                   CAST(coalesce(sum(coalesce(requests, 1)) FILTER (WHERE NOT priced), 0) AS BIGINT) AS unpriced_calls,
                   CAST(sum(input_tokens) AS BIGINT) AS input_tokens,
                   CAST(sum(output_tokens) AS BIGINT) AS output_tokens,
                   {approx_distinct}(prompt_hash) AS distinct_prompts,
                   CAST(round({epoch_seconds}(min(ts)) * 1000) AS BIGINT) AS first_call_ms,
                   CAST(round({epoch_seconds}(max(ts)) * 1000) AS BIGINT) AS last_call_ms
            FROM {logs}
            WHERE %s
            """.formatted(SCOPE);

    public static final String BY_MODEL = """
            SELECT provider, model, CAST(sum(coalesce(requests, 1)) AS BIGINT) AS calls,
                   CAST(sum(input_tokens) AS BIGINT) AS input_tokens,
                   CAST(sum(output_tokens) AS BIGINT) AS output_tokens,
                   CAST(sum(cost_usd) AS DECIMAL(38, 9)) AS spend_usd
            FROM {logs}
            WHERE %s
            GROUP BY provider, model
            ORDER BY spend_usd DESC NULLS LAST, provider, model
            """.formatted(SCOPE);

    public static final String BY_PROVIDER = slices("provider");

    public static final String BY_KEY = slices("key_id");

    /** Tags are an array: one row per (call, tag) through the dialect's unnest, so an untagged call drops out. */
    public static final String BY_TAG = """
            SELECT tag AS name, CAST(sum(coalesce(requests, 1)) AS BIGINT) AS calls, CAST(sum(cost_usd) AS DECIMAL(38, 9)) AS spend_usd
            FROM {tagged_logs}
            WHERE %s
            GROUP BY tag
            ORDER BY spend_usd DESC NULLS LAST, name
            """.formatted(SCOPE);

    public static final String BY_DAY = """
            SELECT "date" AS day, CAST(sum(coalesce(requests, 1)) AS BIGINT) AS calls, CAST(sum(cost_usd) AS DECIMAL(38, 9)) AS spend_usd
            FROM {logs}
            WHERE %s
            GROUP BY "date"
            ORDER BY day
            """.formatted(SCOPE);

    /** The share is divided in Java: DECIMAL division types differ between the engines. */
    public static final String TOP_SPENDERS = """
            SELECT key_id, CAST(sum(coalesce(requests, 1)) AS BIGINT) AS calls,
                   CAST(sum(cost_usd) AS DECIMAL(38, 9)) AS spend_usd,
                   CAST(sum(sum(cost_usd)) OVER () AS DECIMAL(38, 9)) AS tenant_spend_usd
            FROM {logs}
            WHERE %s
            GROUP BY key_id
            ORDER BY spend_usd DESC NULLS LAST, key_id NULLS LAST
            LIMIT ?
            """.formatted(SCOPE);

    /**
     * Calls ranked within their request hash by time, then rowId (a stable tie-break); rank 1 is the
     * original, every later rank a repeat. Totals over all repeated requests come from window sums, which
     * are taken before the LIMIT cuts the list of examples. The ranking carries no prompt text (sorting a
     * million prompts dominated the query): only the listed originals' texts are joined back, so after the
     * limit come the scope's three parameters once more. Nested subqueries rather than WITH: Trino numbers
     * the {@code ?} of a WITH clause after the main query's, so the tenant would not be the first.
     */
    public static final String EXACT_DUPLICATES = """
            SELECT d.prompt_hash, d.model,
                   substr(trim(regexp_replace(l.prompt_text, '\\s+', ' '{all_matches})), 1, 200) AS example_prompt,
                   d.repeats,
                   CAST(d.wasted_usd AS DECIMAL(38, 9)) AS wasted_usd,
                   d.repeated_calls, d.total_wasted_usd, d.repeated_requests
            FROM (
                SELECT prompt_hash, model, first_row, first_date, repeats, wasted_usd,
                       CAST(sum(repeats) OVER () AS BIGINT) AS repeated_calls,
                       CAST(sum(wasted_usd) OVER () AS DECIMAL(38, 9)) AS total_wasted_usd,
                       count(*) OVER () AS repeated_requests
                FROM (
                    SELECT prompt_hash,
                           count(*) - 1 AS repeats,
                           coalesce(sum(cost_usd) FILTER (WHERE seen > 1), 0) AS wasted_usd,
                           max(model) FILTER (WHERE seen = 1) AS model,
                           max(row_id) FILTER (WHERE seen = 1) AS first_row,
                           max("date") FILTER (WHERE seen = 1) AS first_date
                    FROM (
                        SELECT prompt_hash, model, cost_usd, row_id, "date",
                               row_number() OVER (PARTITION BY prompt_hash ORDER BY ts, row_id) AS seen
                        FROM {logs}
                        WHERE %1$s AND prompt_hash IS NOT NULL
                    ) ranked
                    GROUP BY prompt_hash
                    HAVING count(*) > 1
                ) repeated
                ORDER BY wasted_usd DESC, repeats DESC, prompt_hash
                LIMIT ?
            ) d
            LEFT JOIN {logs} l ON l.tenant = ? AND l."date" BETWEEN ? AND ?
                AND l."date" = d.first_date AND l.row_id = d.first_row
            ORDER BY d.wasted_usd DESC, d.repeats DESC, d.prompt_hash
            """.formatted(SCOPE);

    public static final String UNPRICED_MODELS = """
            SELECT provider, model, CAST(sum(coalesce(requests, 1)) AS BIGINT) AS calls,
                   CAST(sum(input_tokens) AS BIGINT) AS input_tokens,
                   CAST(sum(output_tokens) AS BIGINT) AS output_tokens
            FROM {logs}
            WHERE %s AND NOT priced
            GROUP BY provider, model
            ORDER BY calls DESC, provider, model
            """.formatted(SCOPE);

    /** Every query by name, e.g. for tests that run or parse each one. */
    public static final Map<String, String> ALL = all();

    private SpendSql() {
    }

    private static String slices(String column) {
        return """
                SELECT %1$s AS name, CAST(sum(coalesce(requests, 1)) AS BIGINT) AS calls, CAST(sum(cost_usd) AS DECIMAL(38, 9)) AS spend_usd
                FROM {logs}
                WHERE %2$s
                GROUP BY %1$s
                ORDER BY spend_usd DESC NULLS LAST, name NULLS LAST
                """.formatted(column, SCOPE);
    }

    private static Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("total", TOTAL);
        all.put("by_model", BY_MODEL);
        all.put("by_provider", BY_PROVIDER);
        all.put("by_key", BY_KEY);
        all.put("by_tag", BY_TAG);
        all.put("by_day", BY_DAY);
        all.put("top_spenders", TOP_SPENDERS);
        all.put("exact_duplicates", EXACT_DUPLICATES);
        all.put("unpriced_models", UNPRICED_MODELS);
        return Collections.unmodifiableMap(all);
    }
}
