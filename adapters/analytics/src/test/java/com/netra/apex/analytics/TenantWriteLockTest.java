package com.netra.apex.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.wedge.LogRow;
import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appends for one tenant never overlap, whether they come from another store in this JVM or another process. */
class TenantWriteLockTest {

    @TempDir
    Path dir;

    @Test
    void anotherProcessSeesTheTenantLockedWhileAnAppendHoldsIt() throws Exception {
        LocalPartitions partitions = new LocalPartitions(dir.resolve("wedge"));
        Path lockFile = dir.resolve("wedge.locks").resolve("acme.lock");

        try (Closeable held = partitions.lockForWriting("acme")) {
            assertThat(probe(lockFile)).isEqualTo("held");
        }
        assertThat(probe(lockFile)).isEqualTo("free");
    }

    @Test
    void twoStoresOnOneFolderStoreTheSameRowsOnce() throws Exception {
        Path root = dir.resolve("wedge");
        List<LogRow> rows = SyntheticLog.of("acme", 20_000).rows;
        DuckDbLogStore first = new DuckDbLogStore(root, WedgeRows.PRICES);
        DuckDbLogStore second = new DuckDbLogStore(root, WedgeRows.PRICES);
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Long> a = CompletableFuture.supplyAsync(() -> appendAfter(start, first, rows));
        CompletableFuture<Long> b = CompletableFuture.supplyAsync(() -> appendAfter(start, second, rows));
        start.countDown();

        assertThat(a.join() + b.join()).isEqualTo(rows.size());
    }

    private static long appendAfter(CountDownLatch start, DuckDbLogStore store, List<LogRow> rows) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return store.append("acme", rows.iterator());
    }

    private static String probe(Path lockFile) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), TenantWriteLockProbe.class.getName(), lockFile.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).isZero();
        return out;
    }
}
