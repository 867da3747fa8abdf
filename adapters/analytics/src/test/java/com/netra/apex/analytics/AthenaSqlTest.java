package com.netra.apex.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.wedge.sql.SpendSql;
import com.netra.apex.core.wedge.sql.SqlDialect;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.ComparisonExpression;
import io.trino.sql.tree.DefaultTraversalVisitor;
import io.trino.sql.tree.DereferenceExpression;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.Parameter;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every query's Athena form is Trino SQL (Athena engine 3), reads the Glue table and binds the tenant. */
class AthenaSqlTest {

    private static final SqlParser TRINO = new SqlParser();

    @Test
    void everyQueryParsesAsTrinoSql() {
        for (Map.Entry<String, String> query : SpendSql.ALL.entrySet()) {
            String sql = athena(query.getValue());

            Statement parsed = TRINO.createStatement(sql);

            assertThat(parsed).as(query.getKey()).isInstanceOf(Query.class);
            assertThat(sql).as(query.getKey()).doesNotContain("{").contains("FROM apex_wedge.logs");
        }
    }

    @Test
    void everyQueryComparesTheTenantWithTheFirstParameterInTextOrder() {
        for (Map.Entry<String, String> query : SpendSql.ALL.entrySet()) {
            Statement parsed = TRINO.createStatement(athena(query.getValue()));
            List<String> tenantComparisons = new ArrayList<>();
            List<Parameter> parameters = new ArrayList<>();
            new DefaultTraversalVisitor<Void>() {
                @Override
                protected Void visitComparisonExpression(ComparisonExpression node, Void context) {
                    boolean tenant = node.getLeft() instanceof Identifier id && id.getValue().equals("tenant")
                            || node.getLeft() instanceof DereferenceExpression d && d.getField().orElseThrow()
                                    .getValue().equals("tenant");
                    if (tenant && node.getRight() instanceof Parameter p) {
                        tenantComparisons.add(node.getOperator() + " ?" + p.getId());
                    }
                    return super.visitComparisonExpression(node, context);
                }

                @Override
                protected Void visitParameter(Parameter node, Void context) {
                    parameters.add(node);
                    return null;
                }
            }.process(parsed, null);

            // The exact duplicates join their examples' texts back over the same scope, bound again after the limit
            boolean joinsBack = query.getKey().equals("exact_duplicates");
            assertThat(tenantComparisons).as(query.getKey())
                    .containsExactlyElementsOf(joinsBack ? List.of("EQUAL ?0", "EQUAL ?4") : List.of("EQUAL ?0"));
            // Trino numbers parameters in its own visiting order; binding goes by that number, so it must
            // be the order of the text, which is the order SqlSpendQueries binds in
            List<Integer> idsInTextOrder = parameters.stream()
                    .sorted(Comparator.comparing((Parameter p) -> p.getLocation().orElseThrow().getLineNumber())
                            .thenComparing(p -> p.getLocation().orElseThrow().getColumnNumber()))
                    .map(Parameter::getId).toList();
            assertThat(idsInTextOrder).as(query.getKey()).isSortedAccordingTo(Comparator.naturalOrder())
                    .hasSize(joinsBack ? 7 : idsInTextOrder.size()).hasSizeBetween(3, 7).startsWith(0, 1, 2);
        }
    }

    @Test
    void theDialectsDifferOnlyInTheirTokens() {
        String duck = SqlDialect.DUCKDB.render(SpendSql.EXACT_DUPLICATES, "/data/wedge");
        String athena = athena(SpendSql.EXACT_DUPLICATES);

        assertThat(duck).contains("read_parquet('/data/wedge/**/*.parquet', hive_partitioning = true")
                .contains("regexp_replace(l.prompt_text, '\\s+', ' ', 'g')");
        assertThat(SqlDialect.DUCKDB.render(SpendSql.BY_TAG, "/w")).contains("unnest(tags) AS tag FROM read_parquet(");
        assertThat(athena).contains("regexp_replace(l.prompt_text, '\\s+', ' ')");
        assertThat(athena(SpendSql.BY_TAG)).contains("FROM apex_wedge.logs CROSS JOIN UNNEST(tags) AS t (tag)");
        assertThat(SqlDialect.ATHENA.render(SpendSql.TOTAL, "apex_wedge.logs")).contains("approx_distinct(prompt_hash)")
                .contains("to_unixtime(min(ts))");
        assertThat(SqlDialect.DUCKDB.render(SpendSql.TOTAL, "/w")).contains("approx_count_distinct(prompt_hash)")
                .contains("epoch(min(ts))");
    }

    @Test
    void aLocationCannotSmuggleSqlIntoTheText() {
        assertThatThrownBy(() -> SqlDialect.ATHENA.render(SpendSql.TOTAL, "logs; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SqlDialect.DUCKDB.render(SpendSql.TOTAL, "/tmp/it's")).contains("read_parquet('/tmp/it''s/**");
    }

    private static String athena(String template) {
        return SqlDialect.ATHENA.render(template, SqlDialect.ATHENA_TABLE);
    }
}
