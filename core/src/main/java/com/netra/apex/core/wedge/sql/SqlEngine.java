package com.netra.apex.core.wedge.sql;

import java.util.List;

/**
 * Runs one rendered Wedge query: DuckDB through JDBC locally, Athena in AWS. Results come back as text
 * cells (what Athena returns anyway), so every engine's rows are read by the same code.
 */
public interface SqlEngine {

    /** The dialect this engine's SQL is rendered in. */
    SqlDialect dialect();

    /** The folder (DuckDB) or table (Athena) the {@code {logs}} token reads. */
    String location();

    /**
     * The result rows of {@code sql}, each a list of cells (null for SQL NULL), without a header.
     *
     * @param parameters the {@code ?} values in order: {@link String} or {@link Integer}, bound as
     *                   parameters (Athena: execution parameters), never concatenated into the text
     */
    List<List<String>> rows(String sql, List<Object> parameters);
}
