package com.netra.apex.analytics;

import static com.netra.apex.analytics.WedgeRows.ACME;
import static com.netra.apex.analytics.WedgeRows.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.sql.LogTable;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing log rows as Parquet: layout on disk, the stored schema, and never storing a call twice. */
class DuckDbLogStoreTest {

    private static final WedgeScope ALL_MARCH = WedgeScope.of(ACME, LocalDate.parse("2025-03-01"),
            LocalDate.parse("2025-03-31"));

    @TempDir
    Path folder;
    private Path root;
    private DuckDbLogStore store;

    @BeforeEach
    void open() {
        root = folder.resolve("wedge");
        store = new DuckDbLogStore(root, WedgeRows.PRICES);
    }

    @Test
    void filesArePartitionedByTenantAndUtcDay() throws IOException {
        store.append(ACME, WedgeRows.acme().iterator());
        store.append(GLOBEX, WedgeRows.globex().iterator());

        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        assertThat(relativeParquet())
                .allMatch(p -> p.matches("tenant=(acme|globex)/date=2025-03-0[1-4]/part-" + uuid + "\\.parquet"))
                .extracting(p -> p.substring(0, p.lastIndexOf('/')))
                .containsExactlyInAnyOrder("tenant=acme/date=2025-03-01", "tenant=acme/date=2025-03-02",
                        "tenant=acme/date=2025-03-03", "tenant=acme/date=2025-03-04", "tenant=globex/date=2025-03-01",
                        "tenant=globex/date=2025-03-02");
        assertThat(root.resolveSibling("wedge.staging")).isEmptyDirectory();
    }

    @Test
    void reIngestingTheSameRowsStoresNothingNew() throws IOException {
        assertThat(store.append(ACME, WedgeRows.acme().iterator())).isEqualTo(10);
        List<String> files = relativeParquet();

        assertThat(store.append(ACME, WedgeRows.acme().iterator())).isZero();

        assertThat(relativeParquet()).isEqualTo(files);
        try (DuckDbSqlEngine engine = new DuckDbSqlEngine(root)) {
            assertThat(engine.spendQueries().total(ALL_MARCH).calls()).isEqualTo(10);
        }
    }

    @Test
    void aFileOverlappingEarlierOnesAddsOnlyItsNewRows() {
        List<LogRow> rows = WedgeRows.acme();
        store.append(ACME, rows.subList(0, 6).iterator());

        // r5..r10 again: r5 and r6 are stored already, the other 4 are new; "b" twice in the batch counts once
        List<LogRow> overlapping = new ArrayList<>(rows.subList(4, 10));
        overlapping.add(rows.get(6));
        assertThat(store.append(ACME, overlapping.iterator())).isEqualTo(4);

        try (DuckDbSqlEngine engine = new DuckDbSqlEngine(root)) {
            assertThat(engine.spendQueries().total(ALL_MARCH).calls()).isEqualTo(10);
        }
    }

    @Test
    void ofARowIdRepeatedWithinOneBatchTheFirstIsKept() {
        LogRow first = WedgeRows.row("dup", "2025-03-02T10:00:00Z", "gpt-4o", "k1", List.of(), 0, 0, "1", null, null);
        LogRow second = WedgeRows.row("dup", "2025-03-02T11:00:00Z", "gpt-4o", "k1", List.of(), 0, 0, "2", null, null);

        assertThat(store.append(ACME, List.of(first, second, first).iterator())).isEqualTo(1);

        try (DuckDbSqlEngine engine = new DuckDbSqlEngine(root)) {
            assertThat(engine.spendQueries().total(ALL_MARCH).spendUsd()).isEqualByComparingTo("1");
        }
    }

    @Test
    void theSameRowIdInAnotherTenantOrOnAnotherDayIsAnotherCall() {
        store.append(ACME, WedgeRows.acme().iterator());
        assertThat(store.append(GLOBEX, WedgeRows.globex().iterator())).isEqualTo(2); // globex also has "r1"

        LogRow r1 = WedgeRows.acme().get(0);
        LogRow nextDay = WedgeRows.row("r1", "2025-03-05T10:00:00Z", "gpt-4o", "k1", List.of(), 1, 1, "1", null, null);
        assertThat(store.append(ACME, List.of(r1, nextDay).iterator())).isEqualTo(1);
    }

    @Test
    void aRowOfAnotherTenantIsRefusedAndNothingIsWritten() throws IOException {
        Stream<LogRow> mixed = Stream.concat(WedgeRows.acme().stream(), WedgeRows.globex().stream());

        assertThatThrownBy(() -> store.append(ACME, mixed.iterator()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("globex");
        assertThat(relativeParquet()).isEmpty();
        assertThatThrownBy(() -> store.append("../etc", WedgeRows.acme().iterator()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parquetHoldsExactDecimalCostsAndNoPartitionColumns() throws Exception {
        store.append(ACME, WedgeRows.acme().iterator());
        Path file;
        try (Stream<Path> day = Files.list(root.resolve("tenant=acme/date=2025-03-02"))) {
            file = day.findFirst().orElseThrow();
        }

        List<String> schema = new ArrayList<>();
        try (DuckDBConnection c = DuckDb.inMemory(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + DuckDb.literal(file.toString())
                     + ", hive_partitioning = false)")) {
            while (r.next()) {
                schema.add(r.getString("column_name") + " " + r.getString("column_type"));
            }
        }

        assertThat(schema).containsExactlyElementsOf(LogTable.COLUMNS.stream()
                .map(c -> c.name() + " " + c.duckDbType().replace(", ", ",")).toList());
        assertThat(schema).contains("cost_usd DECIMAL(18,9)")
                .noneMatch(c -> c.startsWith("tenant") || c.startsWith("date"));
        assertThat(costs(file)).containsExactly("0.000900000 price_table true", "null unpriced false",
                "0.123456789 log true");
    }

    @Test
    void aStoredRowReadsBackAsItWasLogged() throws Exception {
        LogRow odd = new LogRow("x-1", ACME, java.time.Instant.parse("2025-03-09T23:59:59.123456Z"), null, null, null,
                null, List.of("", "a\u001fb", "ünï"), 1, 2, 3, 4, new java.math.BigDecimal("0.0000000015"), "p",
                "h", "ph", 7, 8, 429, true, 12);
        store.append(ACME, List.of(odd).iterator());

        List<String> row = new ArrayList<>();
        try (DuckDBConnection c = DuckDb.inMemory(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM read_parquet(" + DuckDb.literal(root + "/**/*.parquet")
                     + ", hive_partitioning = true)")) {
            assertThat(r.next()).isTrue();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                row.add(r.getMetaData().getColumnName(i) + "=" + r.getString(i));
            }
            assertThat(r.next()).isFalse();
        }

        assertThat(row).containsExactly("row_id=x-1", "ts=2025-03-09 23:59:59.123456", "source=null",
                "provider=null", "model=null", "key_id=null", "tags=['', a b, ünï]", "input_tokens=1",
                "cached_input_tokens=2", "cache_write_tokens=3", "output_tokens=4", "cost_usd=2E-9",
                "cost_source=log", "priced=true", "prompt_text=p", "prompt_hash=h", "prefix_hash=ph",
                "prefix_tokens=7", "latency_ms=8", "status=429", "batch=true", "requests=12", "date=2025-03-09",
                "tenant=acme");
    }

    private static List<String> costs(Path file) throws SQLException {
        List<String> costs = new ArrayList<>();
        try (DuckDBConnection c = DuckDb.inMemory(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT cost_usd, cost_source, priced FROM read_parquet("
                     + DuckDb.literal(file.toString()) + ") ORDER BY ts")) {
            while (r.next()) {
                costs.add(r.getBigDecimal(1) == null ? "null " + r.getString(2) + " " + r.getBoolean(3)
                        : r.getBigDecimal(1).toPlainString() + " " + r.getString(2) + " " + r.getBoolean(3));
            }
        }
        return costs;
    }

    private List<String> relativeParquet() throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".parquet"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
