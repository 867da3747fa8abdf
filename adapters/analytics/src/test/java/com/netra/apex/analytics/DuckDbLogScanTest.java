package com.netra.apex.analytics;

import static com.netra.apex.analytics.WedgeRows.ACME;
import static com.netra.apex.analytics.WedgeRows.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored rows read back for the analyzers: every field, time order, one tenant's days only. */
class DuckDbLogScanTest {

    @TempDir
    Path folder;

    private List<LogRow> scan(Path root, WedgeScope scope) {
        List<LogRow> rows = new ArrayList<>();
        new DuckDbLogScan(root).scan(scope, rows::add);
        return rows;
    }

    @Test
    void rowsComeBackWithTheirFieldsOldestFirstAndOnlyTheTenantsOwn() {
        Path root = folder.resolve("wedge");
        DuckDbLogStore store = new DuckDbLogStore(root, WedgeRows.PRICES);
        store.append(ACME, WedgeRows.acme().iterator());
        store.append(GLOBEX, WedgeRows.globex().iterator());

        List<LogRow> back = scan(root, WedgeScope.of(ACME, LocalDate.parse("2000-01-01"), LocalDate.parse("2100-01-01")));

        List<LogRow> expected = WedgeRows.acme().stream().distinct()
                .sorted(Comparator.comparing(LogRow::timestamp).thenComparing(LogRow::rowId)).toList();
        assertThat(back).extracting(LogRow::rowId).containsExactlyElementsOf(
                expected.stream().map(LogRow::rowId).distinct().toList());
        assertThat(back).allSatisfy(r -> assertThat(r.tenantId()).isEqualTo(ACME));
        LogRow first = back.get(0);
        LogRow original = expected.stream().filter(r -> r.rowId().equals(first.rowId())).findFirst().orElseThrow();
        assertThat(first.timestamp()).isEqualTo(original.timestamp());
        assertThat(first.model()).isEqualTo(original.model());
        assertThat(first.tags()).isEqualTo(original.tags());
        assertThat(first.inputTokens()).isEqualTo(original.inputTokens());
        assertThat(first.outputTokens()).isEqualTo(original.outputTokens());
        assertThat(first.promptHash()).isEqualTo(original.promptHash());
        assertThat(first.promptText()).isEqualTo(original.promptText());
    }

    @Test
    void aTenantWithNothingStoredScansNothing() {
        assertThat(scan(folder.resolve("empty"), WedgeScope.of(ACME, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"))))
                .isEmpty();
    }
}
