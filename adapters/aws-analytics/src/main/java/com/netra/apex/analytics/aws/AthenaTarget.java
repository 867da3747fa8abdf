package com.netra.apex.analytics.aws;

import com.netra.apex.core.wedge.sql.SqlDialect;
import java.time.Duration;

/**
 * Where the Wedge's Athena queries run: the Glue table over the Parquet prefix, the workgroup, and a result
 * location only when the workgroup does not enforce its own.
 *
 * @param table          {@code database.table}, e.g. {@value SqlDialect#ATHENA_TABLE}
 * @param workgroup      the Athena workgroup
 * @param outputLocation {@code s3://bucket/prefix/} for results, or null to use the workgroup's
 * @param timeout        how long a query may run before it is stopped
 */
public record AthenaTarget(String table, String workgroup, String outputLocation, Duration timeout) {

    public AthenaTarget {
        // Rendering checks the shape again; failing here reports a misconfiguration at startup, not at query time.
        SqlDialect.ATHENA.render("{logs}", table);
        if (!table.contains(".")) {
            throw new IllegalArgumentException("the Athena table needs its database: database.table, got " + table);
        }
        if (workgroup == null || workgroup.isBlank()) {
            throw new IllegalArgumentException("an Athena workgroup is required");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** The Glue database part of {@link #table}. */
    public String database() {
        return table.substring(0, table.indexOf('.'));
    }
}
