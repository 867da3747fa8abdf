package com.netra.apex.analytics.aws;

import com.netra.apex.core.wedge.sql.SqlDialect;
import com.netra.apex.core.wedge.sql.SqlEngine;
import com.netra.apex.core.wedge.sql.SqlSpendQueries;
import com.netra.apex.core.wedge.store.SpendQueries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;

/**
 * Runs the Wedge's SQL on Athena (engine 3) over the Glue table: start the query with the {@code ?} values as
 * execution parameters, poll until it finishes, then page through the results as text cells.
 */
public final class AthenaSqlEngine implements SqlEngine {

    private static final Duration FIRST_POLL = Duration.ofMillis(100);
    private static final Duration LONGEST_POLL = Duration.ofSeconds(2);

    private final AthenaClient athena;
    private final AthenaTarget target;

    public AthenaSqlEngine(AthenaClient athena, AthenaTarget target) {
        this.athena = athena;
        this.target = target;
    }

    /** The spend queries on Athena: the same SQL and row reading as DuckDB's. */
    public SpendQueries spendQueries() {
        return new SqlSpendQueries(this);
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.ATHENA;
    }

    /** The {@code database.table} the {@code {logs}} token becomes. */
    @Override
    public String location() {
        return target.table();
    }

    @Override
    public List<List<String>> rows(String sql, List<Object> parameters) {
        String id = athena.startQueryExecution(start(sql, parameters)).queryExecutionId();
        awaitSuccess(id);
        return results(id);
    }

    private StartQueryExecutionRequest start(String sql, List<Object> parameters) {
        StartQueryExecutionRequest.Builder request = StartQueryExecutionRequest.builder()
                .queryString(sql)
                .workGroup(target.workgroup())
                .queryExecutionContext(c -> c.catalog("AwsDataCatalog").database(target.database()));
        if (target.outputLocation() != null) {
            // Optional: a workgroup that enforces its own result location ignores (or rejects) ours.
            request.resultConfiguration(r -> r.outputLocation(target.outputLocation()));
        }
        if (!parameters.isEmpty()) {
            // Athena rejects an empty parameter list, so it is only sent when the SQL has a '?'.
            request.executionParameters(parameters.stream().map(AthenaSqlEngine::literal).toList());
        }
        return request.build();
    }

    /**
     * A parameter as Athena wants it: execution parameters are substituted as SQL literals, so text is quoted
     * (quotes doubled) and numbers are digits. Quoting here is what keeps a tenant's text from becoming SQL.
     */
    static String literal(Object value) {
        if (value instanceof String text) {
            if (text.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("NUL in a query parameter");
            }
            return "'" + text.replace("'", "''") + "'";
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        throw new IllegalArgumentException("unsupported query parameter type: "
                + (value == null ? "null" : value.getClass().getName()));
    }

    private void awaitSuccess(String id) {
        Duration pause = FIRST_POLL;
        long deadline = System.nanoTime() + target.timeout().toNanos();
        while (true) {
            QueryExecutionStatus status = athena.getQueryExecution(b -> b.queryExecutionId(id)).queryExecution().status();
            QueryExecutionState state = status.state();
            if (state == QueryExecutionState.SUCCEEDED) {
                return;
            }
            if (state == QueryExecutionState.FAILED || state == QueryExecutionState.CANCELLED) {
                throw new IllegalStateException("Athena query " + id + " " + state + ": " + status.stateChangeReason());
            }
            if (System.nanoTime() - deadline > 0) {
                athena.stopQueryExecution(b -> b.queryExecutionId(id)); // do not leave it scanning (and billing)
                throw new IllegalStateException("Athena query " + id + " still " + state + " after " + target.timeout());
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : pause.multipliedBy(2);
        }
    }

    private List<List<String>> results(String id) {
        List<List<String>> rows = new ArrayList<>();
        boolean header = true;
        for (GetQueryResultsResponse page : athena.getQueryResultsPaginator(b -> b.queryExecutionId(id))) {
            for (Row row : page.resultSet().rows()) {
                if (header) {
                    header = false; // a SELECT's first row holds the column names
                    continue;
                }
                rows.add(row.data().stream().map(Datum::varCharValue).toList());
            }
        }
        return rows;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Athena", e);
        }
    }
}
