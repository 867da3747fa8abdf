package com.netra.apex.analytics;

import static com.netra.apex.analytics.WedgeRows.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.wedge.store.WedgeScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written before rows carried a call count is brought up to date once, and then reads as before. */
class StoreFormatTest {

    private static final WedgeScope MARCH = WedgeScope.of(ACME, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"));

    @TempDir
    Path root;

    @Test
    void aStoreWhoseFilesAllLackACountIsUpgradedToOneCallPerRow() throws Exception {
        new DuckDbLogStore(root, WedgeRows.PRICES).append(ACME, WedgeRows.acme().iterator());
        List<Path> parts = PartsWithoutCounts.rewrite(root);
        try (DuckDbSqlEngine engine = new DuckDbSqlEngine(root)) {
            assertThatThrownBy(() -> engine.spendQueries().total(MARCH)).hasMessageContaining("requests");
        }

        StoreFormat.upgrade(root);

        try (DuckDbSqlEngine engine = new DuckDbSqlEngine(root)) {
            assertThat(engine.spendQueries().total(MARCH).calls()).isEqualTo(WedgeRows.acme().size());
        }
        FileTime upgraded = Files.getLastModifiedTime(parts.get(0));
        Files.setLastModifiedTime(parts.get(0), FileTime.fromMillis(0));
        StoreFormat.upgrade(root); // the marker says it is current: nothing is read or rewritten
        assertThat(Files.getLastModifiedTime(parts.get(0))).isNotEqualTo(upgraded).isEqualTo(FileTime.fromMillis(0));
    }

    @Test
    void aMissingOrEmptyStoreNeedsNothing() {
        StoreFormat.upgrade(root.resolve("nothing-here"));
        assertThat(root.resolve("nothing-here")).doesNotExist();
    }
}
