package com.netra.apex.analytics;

import static com.netra.apex.analytics.WedgeRows.ACME;
import static com.netra.apex.analytics.WedgeRows.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.sql.SpendSql;
import com.netra.apex.core.wedge.sql.SqlDialect;
import com.netra.apex.core.wedge.store.DailySpend;
import com.netra.apex.core.wedge.store.DuplicateSpend;
import com.netra.apex.core.wedge.store.ModelSpend;
import com.netra.apex.core.wedge.store.RepeatedPrompt;
import com.netra.apex.core.wedge.store.SpendQueries;
import com.netra.apex.core.wedge.store.SpendSlice;
import com.netra.apex.core.wedge.store.SpendTotal;
import com.netra.apex.core.wedge.store.TopSpender;
import com.netra.apex.core.wedge.store.UnpricedModel;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every spend query on DuckDB over WedgeRows, with the answers worked out by hand. */
class DuckDbSpendQueriesTest {

    private static final WedgeScope MARCH_1_TO_3 = scope(ACME, "2025-03-01", "2025-03-03");

    @TempDir
    static Path folder;
    private static Path root;
    private static DuckDbSqlEngine engine;
    private static SpendQueries queries;

    @BeforeAll
    static void store() {
        root = folder.resolve("wedge");
        DuckDbLogStore store = new DuckDbLogStore(root, WedgeRows.PRICES);
        assertThat(store.append(ACME, WedgeRows.acme().iterator())).isEqualTo(10);
        assertThat(store.append(GLOBEX, WedgeRows.globex().iterator())).isEqualTo(2);
        engine = new DuckDbSqlEngine(root);
        queries = engine.spendQueries();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void totalSumsStoredCostsAndCountsUnpricedCalls() {
        assertThat(queries.total(MARCH_1_TO_3)).isEqualTo(new SpendTotal(9, usd("1.989356790"), 1, 4110, 2060, 4,
                Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-03T14:00:00Z")));
    }

    @Test
    void spendByModelPutsUnpricedModelsLast() {
        assertThat(queries.byModel(MARCH_1_TO_3)).containsExactly(
                new ModelSpend("openai", "gpt-4o", 6, 2000, 1000, usd("1.865000001")),
                new ModelSpend("openai", "gpt-4o-mini", 2, 2010, 1010, usd("0.124356789")),
                new ModelSpend("anthropic", "claude-unknown-9", 1, 100, 50, usd("0")));
    }

    @Test
    void spendByProviderKeyAndTag() {
        assertThat(queries.byProvider(MARCH_1_TO_3)).containsExactly(
                new SpendSlice("openai", 8, usd("1.989356790")), new SpendSlice("anthropic", 1, usd("0")));
        assertThat(queries.byKey(MARCH_1_TO_3)).containsExactly(
                new SpendSlice("k1", 3, usd("1.015000001")), new SpendSlice("k3", 3, usd("0.85")),
                new SpendSlice(null, 1, usd("0.123456789")), new SpendSlice("k2", 2, usd("0.0009")));
        assertThat(queries.byTag(MARCH_1_TO_3)).containsExactly(
                new SpendSlice("env:prod", 2, usd("0.130956789")), new SpendSlice("team:search", 2, usd("0.015")));
    }

    @Test
    void spendByDayIsTheTrendInOrder() {
        assertThat(queries.byDay(MARCH_1_TO_3)).containsExactly(
                new DailySpend(LocalDate.parse("2025-03-01"), 2, usd("0.015")),
                new DailySpend(LocalDate.parse("2025-03-02"), 3, usd("0.124356789")),
                new DailySpend(LocalDate.parse("2025-03-03"), 4, usd("1.850000001")));
    }

    @Test
    void topSpendersCarryTheirShareOfTheTenantsSpend() {
        assertThat(queries.topSpenders(MARCH_1_TO_3, 2)).containsExactly(
                new TopSpender("k1", 3, usd("1.015000001"), new BigDecimal("0.510215")),
                new TopSpender("k3", 3, usd("0.85"), new BigDecimal("0.427274")));
    }

    @Test
    void exactDuplicatesCountOnlyRepeatsAfterTheFirstCall() {
        DuplicateSpend duplicates = queries.exactDuplicates(MARCH_1_TO_3, 2);

        // h1: r2 + r6 repeat r1; h2: r5 repeats r3; h5: "b" repeats "a" (same instant, rowId breaks the tie)
        assertThat(duplicates.repeatedCalls()).isEqualTo(4);
        assertThat(duplicates.wastedUsd()).isEqualTo(usd("1.380956790"));
        assertThat(duplicates.repeatedRequests()).isEqualTo(3);
        assertThat(duplicates.costliest()).containsExactly(
                new RepeatedPrompt("h1", "gpt-4o", "What is the weather?", 2, usd("1.007500001")),
                new RepeatedPrompt("h5", "gpt-4o", "tie", 1, usd("0.25")));
    }

    @Test
    void unpricedModelsAreListedWithTheirTokens() {
        assertThat(queries.unpricedModels(MARCH_1_TO_3)).containsExactly(
                new UnpricedModel("anthropic", "claude-unknown-9", 1, 100, 50));
    }

    @Test
    void theScopesLastDayIsIncludedAndLaterDaysAreNot() {
        assertThat(queries.total(scope(ACME, "2025-03-04", "2025-03-04")).spendUsd()).isEqualTo(usd("100"));
        assertThat(queries.total(scope(ACME, "2025-03-01", "2025-03-04")).calls()).isEqualTo(10);
        assertThat(queries.exactDuplicates(scope(ACME, "2025-03-01", "2025-03-04"), 5).repeatedCalls()).isEqualTo(5);
    }

    @Test
    void aTenantSeesNoneOfAnotherTenantsRows() {
        WedgeScope globex = scope(GLOBEX, "2025-03-01", "2025-03-03");

        assertThat(queries.total(globex).calls()).isEqualTo(2);
        assertThat(queries.total(globex).spendUsd()).isEqualTo(usd("50"));
        assertThat(queries.byKey(globex)).containsExactly(new SpendSlice("k1", 1, usd("50")),
                new SpendSlice("k9", 1, usd("0")));
        assertThat(queries.exactDuplicates(globex, 5).repeatedCalls()).isEqualTo(1);
        assertThat(queries.unpricedModels(globex))
                .containsExactly(new UnpricedModel("mistral", "unknown-1", 1, 10, 10));
        // globex's earlier h1 call does not make acme's first h1 call a repeat
        assertThat(queries.exactDuplicates(MARCH_1_TO_3, 1).costliest().get(0).repeats()).isEqualTo(2);
    }

    @Test
    void aTenantIdIsBoundAsAValueNeverAsSql() {
        assertThatThrownBy(() -> scope("acme' OR '1'='1", "2025-03-01", "2025-03-03"))
                .isInstanceOf(IllegalArgumentException.class);
        // below the scope's check too: the engine binds the text, so it matches no tenant
        String sql = SqlDialect.DUCKDB.render(SpendSql.TOTAL, engine.location());
        List<List<String>> rows = engine.rows(sql, List.of("acme' OR '1'='1", "2025-03-01", "2025-03-03"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0)).isEqualTo("0");
    }

    @Test
    void anUnknownTenantOrAnEmptyStoreHasNothing() {
        assertThat(queries.total(scope("initech", "2025-03-01", "2025-03-03")))
                .isEqualTo(new SpendTotal(0, usd("0"), 0, 0, 0, 0, null, null));
        try (DuckDbSqlEngine empty = new DuckDbSqlEngine(root.resolve("nothing-here"))) {
            assertThat(empty.spendQueries().total(MARCH_1_TO_3).calls()).isZero();
            assertThat(empty.spendQueries().exactDuplicates(MARCH_1_TO_3, 3)).isEqualTo(DuplicateSpend.NONE);
        }
    }

    @Test
    void anExportsAggregateRowsCountAsTheCallsTheyStandFor(@TempDir Path other) {
        String hooli = "hooli";
        Instant day = Instant.parse("2025-03-02T00:00:00Z");
        DuckDbLogStore store = new DuckDbLogStore(other, WedgeRows.PRICES);
        store.append(hooli, List.of(
                new LogRow("b#0", hooli, day, "openai_usage_export", "openai", "gpt-4o", "proj", List.of("team:x"),
                        1000, 0, 0, 500, null, null, null, null, 0, 0, 200, false, 250),
                new LogRow("c#0", hooli, day, "openai_usage_export", "openai", "gpt-4o", "proj", List.of("team:x"),
                        0, 0, 0, 0, new BigDecimal("1.5"), null, null, null, 0, 0, 200, false, 0)).iterator());

        try (DuckDbSqlEngine hooliEngine = new DuckDbSqlEngine(other)) {
            SpendQueries q = hooliEngine.spendQueries();
            WedgeScope march = scope(hooli, "2025-03-01", "2025-03-03");
            assertThat(q.total(march).calls()).isEqualTo(250);
            assertThat(q.byModel(march)).extracting(ModelSpend::calls).containsExactly(250L);
            assertThat(q.byTag(march)).extracting(SpendSlice::calls).containsExactly(250L);
            assertThat(q.byDay(march)).extracting(DailySpend::calls).containsExactly(250L);
        }
    }

    @Test
    void filesStoredBeforeRowsCarriedACountReadAsOneCallEach(@TempDir Path other) throws Exception {
        DuckDbLogStore store = new DuckDbLogStore(other, WedgeRows.PRICES);
        store.append(ACME, WedgeRows.acme().iterator());
        PartsWithoutCounts.rewrite(other); // as an earlier version stored them
        store.append(ACME, List.of(WedgeRows.row("new-1", "2025-03-02T12:00:00Z", "gpt-4o", "k1", List.of(), 10, 10,
                null, "fresh", "a new call")).iterator());
        // The day now holds old and new files: appending to it again still finds what is stored in both.
        assertThat(store.append(ACME, List.of(WedgeRows.row("new-1", "2025-03-02T12:00:00Z", "gpt-4o", "k1", List.of(),
                10, 10, null, "fresh", "a new call")).iterator())).isZero();

        try (DuckDbSqlEngine mixed = new DuckDbSqlEngine(other)) {
            assertThat(mixed.spendQueries().total(MARCH_1_TO_3).calls())
                    .isEqualTo(queries.total(MARCH_1_TO_3).calls() + 1);
        }
        List<LogRow> scanned = new java.util.ArrayList<>();
        new DuckDbLogScan(other).scan(MARCH_1_TO_3, scanned::add);
        assertThat(scanned).isNotEmpty().allSatisfy(r -> assertThat(r.requests()).isEqualTo(1));
    }

    static WedgeScope scope(String tenant, String from, String to) {
        return WedgeScope.of(tenant, LocalDate.parse(from), LocalDate.parse(to));
    }

    static BigDecimal usd(String amount) {
        return new BigDecimal(amount).setScale(9);
    }
}
