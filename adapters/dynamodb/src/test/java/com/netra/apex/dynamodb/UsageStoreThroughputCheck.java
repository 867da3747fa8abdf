package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.metering.GroupCommitRecorder;
import com.netra.apex.core.metering.UsageJournal;
import com.netra.apex.core.usage.UsageRecord;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * Hand-run throughput check of DynamoDbUsageStore on embedded DynamoDB Local; prints records/s, asserts
 * nothing about speed. The class name does not match Surefire's patterns, and the property guards it too:
 * <pre>
 * mvn -o -pl adapters/dynamodb test -Dtest=UsageStoreThroughputCheck -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dapex.throughput=true [-Dapex.throughput.records=100000] [-Dapex.throughput.chunks=25,500]
 *     [-Dapex.throughput.threads=1,2,8] [-Dapex.throughput.tenants=4] [-Dapex.throughput.onDisk=true]
 *     [-Dapex.throughput.rate=10000]
 * </pre>
 */
@EnabledIfSystemProperty(named = "apex.throughput", matches = "true")
class UsageStoreThroughputCheck {

    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    // The gateway's target rate: records arrive 100 µs apart, so 100,000 records span 10 seconds.
    private static final long GAP_NANOS = 100_000;

    private static final int RECORDS = Integer.getInteger("apex.throughput.records", 100_000);
    private static final int TENANTS = Integer.getInteger("apex.throughput.tenants", 4);
    private static final int[] CHUNKS = ints(System.getProperty("apex.throughput.chunks", "500"));
    private static final int[] THREADS = ints(System.getProperty("apex.throughput.threads", "1"));
    private static final boolean ON_DISK = Boolean.getBoolean("apex.throughput.onDisk");
    // 0 feeds the recorder as fast as it accepts (its ceiling); a rate paces it like live traffic.
    private static final int RATE = Integer.getInteger("apex.throughput.rate", 0);

    @Test
    void putAllInChunks() throws Exception {
        runOnEngine((engine, records) -> {
            for (int chunk : CHUNKS) {
                for (int threads : THREADS) {
                    ApexTables tables = fresh(engine);
                    DynamoDbUsageStore store = new DynamoDbUsageStore(engine.dynamoDbClient(), tables.usage());
                    long nanos = timed(() -> putAllParallel(store, records, chunk, threads));
                    report("putAll", chunk, threads, records.size(), nanos);
                    readBack(store, records);
                }
            }
        });
    }

    /** The real path: GroupCommitRecorder (journal included) in front of the store, fed as fast as it takes. */
    @Test
    void throughGroupCommitRecorder() throws Exception {
        runOnEngine((engine, records) -> {
            for (int chunk : CHUNKS) {
                for (int threads : THREADS) {
                    ApexTables tables = fresh(engine);
                    DynamoDbUsageStore store = new DynamoDbUsageStore(engine.dynamoDbClient(), tables.usage());
                    Path journal = Files.createTempFile("apex-throughput", ".journal");
                    GroupCommitRecorder.Settings settings =
                            new GroupCommitRecorder.Settings(200_000, Duration.ofMillis(20), chunk, threads);
                    long nanos;
                    try (GroupCommitRecorder recorder = new GroupCommitRecorder(store, new UsageJournal(journal), settings)) {
                        nanos = timed(() -> {
                            long backlog = feed(recorder, records);
                            long fed = System.nanoTime();
                            recorder.flush();
                            if (RATE > 0) {
                                System.out.printf("         paced at %d/s: largest backlog %d records, all stored %.0f ms"
                                        + " after the last%n", RATE, backlog, (System.nanoTime() - fed) / 1e6);
                            }
                        });
                    } finally {
                        Files.deleteIfExists(journal);
                    }
                    report("recorder", chunk, threads, records.size(), nanos);
                    readBack(store, records);
                }
            }
        });
    }

    /** Records everything, paced at RATE if set; returns the largest backlog seen (accepted, not stored). */
    private static long feed(GroupCommitRecorder recorder, List<UsageRecord> records) {
        long start = System.nanoTime();
        long backlog = 0;
        for (int i = 0; i < records.size(); i++) {
            if (RATE > 0 && i % 10 == 0) {
                long due = start + i * 1_000_000_000L / RATE;
                for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
                    LockSupport.parkNanos(left); // not a spin: on 2 cores it would starve the store
                }
                backlog = Math.max(backlog, recorder.acceptedCount() - recorder.storedCount());
            }
            recorder.record(records.get(i));
        }
        return backlog;
    }

    private interface Body {
        void run(AmazonDynamoDBLocal engine, List<UsageRecord> records) throws Exception;
    }

    private interface Timed {
        void run() throws Exception;
    }

    private static void runOnEngine(Body body) throws Exception {
        Path dir = ON_DISK ? Files.createTempDirectory("apex-throughput-db") : null;
        // The on-disk engine wants a database file, not a directory (given one it retries forever).
        AmazonDynamoDBLocal engine = dir == null ? DynamoDBEmbedded.create(true)
                : DynamoDBEmbedded.create(dir.resolve("usage.db").toFile(), true);
        try {
            // Warm-up so the JIT, the engine and SQLite are not measured cold.
            DynamoDbUsageStore warm = new DynamoDbUsageStore(engine.dynamoDbClient(), fresh(engine).usage());
            putAllParallel(warm, records(Math.min(RECORDS, 20_000), "warm-"), 500, 2);
            System.out.printf("engine=%s records=%d tenants=%d cores=%d%n", ON_DISK ? "on-disk" : "in-memory",
                    RECORDS, TENANTS, Runtime.getRuntime().availableProcessors());
            body.run(engine, records(RECORDS, "req-"));
        } finally {
            engine.shutdown();
            if (dir != null) {
                deleteTree(dir.toFile());
            }
        }
    }

    private static int tableCounter;

    private static ApexTables fresh(AmazonDynamoDBLocal engine) {
        tableCounter++;
        ApexTables tables = new ApexTables("tp-keys-" + tableCounter, "tp-usage-" + tableCounter);
        tables.createIfMissing(engine.dynamoDbClient());
        return tables;
    }

    private static List<UsageRecord> records(int n, String prefix) {
        List<UsageRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String usd = "0.000" + (100 + i % 900) + "375";
            out.add(UsageSamples.priced("tenant-" + (i % TENANTS), prefix + i, START.plusNanos(i * GAP_NANOS), usd));
        }
        return out;
    }

    private static void putAllParallel(DynamoDbUsageStore store, List<UsageRecord> records, int chunk, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < records.size(); i += chunk) {
                List<UsageRecord> part = records.subList(i, Math.min(records.size(), i + chunk));
                done.add(pool.submit(() -> store.putAll(part)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long timed(Timed body) throws Exception {
        long t0 = System.nanoTime();
        body.run();
        return System.nanoTime() - t0;
    }

    private static void report(String path, int chunk, int threads, int n, long nanos) {
        System.out.printf("%-8s chunk=%-5d threads=%d: %d records in %.2f s = %,.0f records/s%n",
                path, chunk, threads, n, nanos / 1e9, n / (nanos / 1e9));
    }

    /** Reads every tenant's records back so a fast but lossy store cannot pass for a fast one. */
    private static void readBack(DynamoDbUsageStore store, List<UsageRecord> records) {
        long t0 = System.nanoTime();
        int total = 0;
        for (int t = 0; t < TENANTS; t++) {
            total += store.query("tenant-" + t, START, START.plusSeconds(3600)).size();
        }
        long nanos = System.nanoTime() - t0;
        System.out.printf("         read back %d records in %.2f s = %,.0f records/s%n", total, nanos / 1e9,
                total / (nanos / 1e9));
        assertThat(total).isEqualTo(records.size());
    }

    private static int[] ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }

    private static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        f.delete();
    }
}
