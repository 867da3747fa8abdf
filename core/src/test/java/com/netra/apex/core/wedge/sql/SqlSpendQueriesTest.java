package com.netra.apex.core.wedge.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.wedge.store.DuplicateSpend;
import com.netra.apex.core.wedge.store.RepeatedPrompt;
import com.netra.apex.core.wedge.store.SpendTotal;
import com.netra.apex.core.wedge.store.TopSpender;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared query runner against an engine that answers as Athena does: every cell as text. */
class SqlSpendQueriesTest {

    private static final WedgeScope SCOPE = WedgeScope.of("acme", LocalDate.parse("2025-03-01"),
            LocalDate.parse("2025-03-31"));

    private final List<String> sqlSeen = new ArrayList<>();
    private final List<List<Object>> parametersSeen = new ArrayList<>();
    private List<List<String>> answer = List.of();

    private final SqlEngine athena = new SqlEngine() {
        @Override
        public SqlDialect dialect() {
            return SqlDialect.ATHENA;
        }

        @Override
        public String location() {
            return SqlDialect.ATHENA_TABLE;
        }

        @Override
        public List<List<String>> rows(String sql, List<Object> parameters) {
            sqlSeen.add(sql);
            parametersSeen.add(parameters);
            return answer;
        }
    };
    private final SqlSpendQueries queries = new SqlSpendQueries(athena);

    @Test
    void theTenantAndDaysAreBoundAsParametersInTextOrder() {
        queries.topSpenders(SCOPE, 5);

        assertThat(parametersSeen).containsExactly(List.of("acme", "2025-03-01", "2025-03-31", 5));
        assertThat(sqlSeen.get(0)).contains("FROM apex_wedge.logs").doesNotContain("acme");
    }

    @Test
    void athenaCellsAreReadIntoExactMoneyAndInstants() {
        answer = List.of(List.of("3", "1.5", "1", "10", "20", "2", "1740787200000", "1740787200123"));

        assertThat(queries.total(SCOPE)).isEqualTo(new SpendTotal(3, new BigDecimal("1.500000000"), 1, 10, 20, 2,
                Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-01T00:00:00.123Z")));
    }

    @Test
    void nullSumsAreZeroAndNoRowsMeanNothingSpent() {
        answer = List.of(Arrays.asList("0", null, "0", null, null, "0", null, null));
        assertThat(queries.total(SCOPE)).isEqualTo(SpendTotal.NONE);

        answer = List.of();
        assertThat(queries.total(SCOPE)).isEqualTo(SpendTotal.NONE);
        assertThat(queries.exactDuplicates(SCOPE, 3)).isEqualTo(DuplicateSpend.NONE);
    }

    @Test
    void aSpendersShareIsItsSpendOverTheTenantsRounded() {
        answer = List.of(Arrays.asList(null, "4", "1.000000000", "3.000000000"),
                List.of("k2", "1", "0", "0"));

        assertThat(queries.topSpenders(SCOPE, 2)).containsExactly(
                new TopSpender(null, 4, new BigDecimal("1.000000000"), new BigDecimal("0.333333")),
                new TopSpender("k2", 1, new BigDecimal("0E-9"), new BigDecimal("0.000000")));
    }

    @Test
    void duplicateTotalsComeFromTheFirstRow() {
        answer = List.of(List.of("h1", "gpt-4o", "hello", "2", "0.2", "3", "0.25", "2"),
                List.of("h2", "gpt-4o", "bye", "1", "0.05", "3", "0.25", "2"));

        DuplicateSpend duplicates = queries.exactDuplicates(SCOPE, 2);

        assertThat(duplicates.repeatedCalls()).isEqualTo(3);
        assertThat(duplicates.wastedUsd()).isEqualTo(new BigDecimal("0.250000000"));
        assertThat(duplicates.repeatedRequests()).isEqualTo(2);
        assertThat(duplicates.costliest()).extracting(RepeatedPrompt::promptHash).containsExactly("h1", "h2");
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> queries.topSpenders(SCOPE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sqlSeen).isEmpty();
    }
}
