package com.netra.apex.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.wedge.store.DuplicateSpend;
import com.netra.apex.core.wedge.store.SpendQueries;
import com.netra.apex.core.wedge.store.SpendTotal;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many rows end to end, with exact totals. The build runs 20,000; measure with
 * {@code -Dwedge.scale.rows=1000000 -Dwedge.scale.warm=2}, which prints append and query times.
 */
class WedgeScaleTest {

    private static final int ROWS = Integer.getInteger("wedge.scale.rows", 20_000);
    /** Extra appends into fresh folders, to see the warm (JIT-compiled) figure after the cold first one. */
    private static final int WARM_ROUNDS = Integer.getInteger("wedge.scale.warm", 0);

    @TempDir
    Path folder;

    @Test
    void manyRowsAddUpExactlyAndStoreOnce() {
        SyntheticLog log = SyntheticLog.of("bigco", ROWS);
        DuckDbLogStore store = new DuckDbLogStore(folder.resolve("wedge"), WedgeRows.PRICES);
        WedgeScope march = WedgeScope.of("bigco", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"));

        long stored = timed("append", () -> store.append("bigco", log.rows.iterator()));
        long again = timed("re-append (all duplicates)", () -> store.append("bigco", log.rows.iterator()));

        assertThat(stored).isEqualTo(ROWS);
        assertThat(again).isZero();
        for (int round = 1; round <= WARM_ROUNDS; round++) {
            DuckDbLogStore fresh = new DuckDbLogStore(folder.resolve("warm-" + round), WedgeRows.PRICES);
            assertThat(timed("append, warm round " + round, () -> fresh.append("bigco", log.rows.iterator())))
                    .isEqualTo(ROWS);
        }
        try (DuckDbSqlEngine engine = new DuckDbSqlEngine(store.root())) {
            SpendQueries queries = engine.spendQueries();
            SpendTotal total = timed("total", () -> queries.total(march));
            timed("by model", () -> queries.byModel(march));
            timed("by tag", () -> queries.byTag(march));
            DuplicateSpend duplicates = timed("exact duplicates", () -> queries.exactDuplicates(march, 10));

            assertThat(total.calls()).isEqualTo(ROWS);
            assertThat(total.spendUsd()).isEqualByComparingTo(log.spendUsd);
            assertThat(duplicates.repeatedCalls()).isEqualTo(log.repeatedCalls);
            assertThat(duplicates.costliest()).hasSize(10);
        }
    }

    /** Wall time, and the process's CPU time (DuckDB's threads included), which a busy machine inflates less. */
    private static <T> T timed(String what, Supplier<T> work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        long cpuStart = os.getProcessCpuTime();
        T result = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
        System.out.printf("wedge scale %,d rows: %s %,d ms wall, %,d ms cpu (%,.0f rows/s)%n", ROWS, what, millis,
                cpuMillis, ROWS * 1000.0 / Math.max(1, millis));
        return result;
    }
}
