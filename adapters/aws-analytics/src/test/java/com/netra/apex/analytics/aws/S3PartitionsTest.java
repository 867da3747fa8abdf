package com.netra.apex.analytics.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.analytics.DuckDbLogStore;
import com.netra.apex.analytics.DuckDbSqlEngine;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The log store on S3 (S3Mock over HTTP): layout, de-duplication across caches, and tenant isolation. */
class S3PartitionsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final WedgeScope MARCH = WedgeScope.of("acme", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"));

    @TempDir
    Path tmp;
    private S3Client s3;
    private String bucket;

    @BeforeEach
    void open() throws IOException {
        S3Emulator emulator = S3Emulator.shared();
        s3 = emulator.client();
        bucket = emulator.freshBucket();
    }

    @AfterEach
    void close() {
        s3.close();
    }

    @Test
    void appendsLandAsPartFilesUnderTheTenantsDayPrefixes() {
        assertThat(store("lambda-1").append("acme", rows("acme").iterator())).isEqualTo(3);

        assertThat(keys("logs/")).hasSize(2)
                .allMatch(k -> k.matches("logs/tenant=acme/date=2025-03-0[12]/part-" + UUID + "\\.parquet"))
                .anyMatch(k -> k.startsWith("logs/tenant=acme/date=2025-03-01/"))
                .anyMatch(k -> k.startsWith("logs/tenant=acme/date=2025-03-02/"));
    }

    @Test
    void anotherProcessWithAnEmptyCacheStoresNothingTwice() throws IOException {
        store("lambda-1").append("acme", rows("acme").iterator());
        List<String> before = keys("logs/");

        // A second Lambda environment: its cache is empty, so the existing parts come from S3 for the anti-join.
        S3Partitions second = partitions("lambda-2");
        assertThat(new DuckDbLogStore(second, prices()).append("acme", rows("acme").iterator())).isZero();

        assertThat(keys("logs/")).isEqualTo(before);
        assertThat(files(second.cache())).hasSize(2); // fetched once; part files never change
        try (DuckDbSqlEngine engine = new DuckDbSqlEngine(second.mirror(MARCH))) {
            assertThat(engine.spendQueries().total(MARCH).calls()).isEqualTo(3);
            assertThat(engine.spendQueries().total(MARCH).spendUsd()).isEqualByComparingTo("0.6");
        }
    }

    @Test
    void oneTenantsRowsNeverLandInOrAreReadFromAnothersPrefix() throws IOException {
        store("lambda-1").append("acme", rows("acme").iterator());
        // Same row ids, other tenant: stored for globex, and not de-duplicated against acme's files.
        assertThat(store("lambda-2").append("globex", rows("globex").iterator())).isEqualTo(3);

        assertThat(keys("logs/tenant=acme/")).hasSize(2);
        assertThat(keys("logs/tenant=globex/")).hasSize(2);
        S3Partitions reader = partitions("reader");
        reader.mirror(MARCH);
        assertThat(files(reader.cache())).allMatch(p -> p.startsWith("tenant=acme/")).hasSize(2);
    }

    @Test
    void mirrorFetchesOnlyTheScopesDays() throws IOException {
        store("lambda-1").append("acme", rows("acme").iterator());
        S3Partitions reader = partitions("reader");

        reader.mirror(WedgeScope.of("acme", LocalDate.parse("2025-03-02"), LocalDate.parse("2025-03-02")));

        assertThat(files(reader.cache())).hasSize(1).allMatch(p -> p.startsWith("tenant=acme/date=2025-03-02/"));
    }

    private DuckDbLogStore store(String cache) {
        return new DuckDbLogStore(partitions(cache), prices());
    }

    private S3Partitions partitions(String cache) {
        return new S3Partitions(s3, bucket, "logs", tmp.resolve(cache).resolve("wedge"));
    }

    private List<String> keys(String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key).sorted().toList();
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static PriceTable prices() {
        return new PriceTable("test", List.of());
    }

    /** Three calls over two days, each with the log's own cost (so no price table is needed). */
    static List<LogRow> rows(String tenant) {
        return List.of(row(tenant, "r1", "2025-03-01T10:00:00Z", "0.1"), row(tenant, "r2", "2025-03-01T11:00:00Z", "0.2"),
                row(tenant, "r3", "2025-03-02T09:00:00Z", "0.3"));
    }

    private static LogRow row(String tenant, String id, String at, String cost) {
        return new LogRow(id, tenant, Instant.parse(at), "openai_jsonl", "openai", "gpt-4o", "k1", List.of(), 10, 0, 0,
                5, new BigDecimal(cost), "hello", "h-" + id, null, 0, 100, 200, false);
    }
}
