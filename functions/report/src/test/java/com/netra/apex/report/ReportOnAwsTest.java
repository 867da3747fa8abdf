package com.netra.apex.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.analytics.DuckDbLogStore;
import com.netra.apex.analytics.DuckDbSqlEngine;
import com.netra.apex.analytics.aws.S3Emulator;
import com.netra.apex.analytics.aws.S3Partitions;
import com.netra.apex.analytics.aws.WedgeOnAws;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.tenancy.ApiKeys;
import com.netra.apex.core.wedge.SpendAnalysis;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * The report app as the report Lambda runs it (ReportApplication's properties, a Wedge bucket set), over real
 * HTTP: rows in S3Mock, SQL on a WireMock Athena, API keys in DynamoDB Local. Each tenant's key sees only
 * that tenant's report, and upload URLs point only into the caller's own prefix.
 */
class ReportOnAwsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final PriceTable PRICES = PriceTableLoader.shipped();

    @TempDir
    static Path temp;

    private static DynamoDBProxyServer dynamoDb;
    private static AthenaStandIn athena;
    private static EmbeddedServer app;
    private static S3Client s3;
    private static String bucket;
    private static String acmeKey;
    private static String globexKey;

    @BeforeAll
    static void start() throws Exception {
        S3Emulator emulator = S3Emulator.shared();
        bucket = emulator.freshBucket();
        s3 = emulator.client();
        store("acme", "ACME-PROMPT", 3);
        store("globex", "GLOBEX-PROMPT", 4);
        athena = new AthenaStandIn();
        athena.tenant("acme", 2, "0.5", "openai", "gpt-4o");
        athena.tenant("globex", 7, "9.25", "anthropic", "claude-sonnet-4-5");
        int dynamoPort = freePort();
        dynamoDb = ServerRunner.createServerFromCommandLineArgs(new String[]{"-inMemory", "-port",
            String.valueOf(dynamoPort), "-disableTelemetry"});
        dynamoDb.start();

        Map<String, Object> properties = new HashMap<>(ReportApplication.REPORT_ONLY);
        properties.putAll(Map.of("micronaut.server.port", -1,
                LogUploads.BUCKET_PROPERTY, bucket,
                "apex.wedge.s3-endpoint", emulator.endpoint().toString(),
                "apex.wedge.athena.endpoint", athena.endpoint(),
                "apex.wedge.cache", temp.resolve("report-cache").toString(),
                "apex.dynamodb.endpoint", "http://127.0.0.1:" + dynamoPort,
                "apex.dynamodb.create-tables", true,
                "apex.keys.hashing-secret", "test-only-hashing-secret-of-no-value-0123456789"));
        app = ApplicationContext.run(EmbeddedServer.class, properties);
        ApiKeys keys = app.getApplicationContext().getBean(ApiKeys.class);
        acmeKey = keys.issue("acme", "dashboard").apiKey();
        globexKey = keys.issue("globex", "dashboard").apiKey();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        athena.close();
        dynamoDb.stop();
        s3.close();
    }

    @Test
    void aTenantsKeyGetsThatTenantsReportAndNothingOfAnothers() throws Exception {
        athena.forgetRequests();
        emptyCache(); // only a cache: whatever earlier tests fetched is fetched again when needed
        // A scope of its own: another test's report of February would be served as computed, without queries.
        HttpResponse<String> response = get("/v1/wedge/report?from=2026-02-02&to=2026-02-28", acmeKey);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("tenant_id").asText()).isEqualTo("acme");
        assertThat(report.path("total").path("calls").asLong()).isEqualTo(2);
        assertThat(report.path("by_model").get(0).path("model").asText()).isEqualTo("gpt-4o");
        assertThat(response.body()).doesNotContain("globex", "GLOBEX", "claude");
        // Every query Athena ran was bound to the caller's tenant (always the first parameter).
        assertThat(athena.started()).hasSizeGreaterThan(5).allSatisfy(q -> assertThat(JSON.readTree(q.getBodyAsString())
                .path("ExecutionParameters").get(0).asText()).isEqualTo("'acme'"));
        // The findings read the stored rows back from S3: only the caller's partitions were fetched.
        assertThat(cachedTenants()).containsExactly("tenant=acme");

        HttpResponse<String> other = get("/v1/wedge/report?from=2026-02-01&to=2026-02-28", globexKey);
        assertThat(JSON.readTree(other.body()).path("by_model").get(0).path("model").asText()).isEqualTo("claude-sonnet-4-5");
        assertThat(other.body()).doesNotContain("acme", "ACME", "gpt-4o");
    }

    @Test
    void theFindingsComeFromTheTenantsRowsInS3() throws Exception {
        // acme stored 3 rows, globex 4: the analyzers saw exactly the caller's rows, mirrored from its partitions.
        assertThat(rowsExamined(get("/v1/wedge/report?from=2026-02-01&to=2026-02-28", acmeKey))).isEqualTo(3);
        assertThat(rowsExamined(get("/v1/wedge/report?from=2026-02-01&to=2026-02-28", globexKey))).isEqualTo(4);
        // Days outside the scope are neither read nor counted.
        assertThat(rowsExamined(get("/v1/wedge/report?from=2026-03-01&to=2026-03-31", acmeKey))).isZero();
    }

    @Test
    void anUploadUrlPutsTheFileUnderTheCallersOwnPrefix() throws Exception {
        HttpResponse<String> issued = HTTP.send(HttpRequest.newBuilder(url("/v1/wedge/uploads?ext=jsonl"))
                .header("Authorization", "Bearer " + acmeKey).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(issued.statusCode()).isEqualTo(200);
        JsonNode upload = JSON.readTree(issued.body());
        assertThat(upload.path("key").asText()).startsWith("uploads/tenant=acme/");
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(upload.path("url").asText()))
                .PUT(HttpRequest.BodyPublishers.ofString("{}\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(s3.listObjectsV2(b -> b.bucket(bucket).prefix("uploads/tenant=acme/")).contents())
                .extracting(o -> o.key()).containsExactly(upload.path("key").asText());
    }

    @Test
    void aFileSentToTheApiIsQueuedUnderTheCallersOwnPrefix() throws Exception {
        String log = "{\"timestamp\":\"2026-02-03T10:00:00Z\",\"request\":{\"model\":\"gpt-4o\",\"messages\":[]}}\n";
        HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(url("/v1/wedge/logs?name=calls.jsonl.gz"))
                .header("Authorization", "Bearer " + globexKey).POST(HttpRequest.BodyPublishers.ofString(log)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(sent.statusCode()).isEqualTo(202);
        JsonNode queued = JSON.readTree(sent.body());
        String key = queued.path("key").asText();
        assertThat(key).matches("uploads/tenant=globex/[0-9a-f-]{36}\\.jsonl\\.gz");
        assertThat(queued.path("report_key").asText()).isEqualTo(key.replace("uploads/", "reports/") + ".json");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String()).isEqualTo(log);
    }

    @Test
    void aReportIsComputedOnceUntilNewPartsArriveForItsDays() throws Exception {
        store("initech", "INITECH-PROMPT", 2);
        athena.tenant("initech", 2, "0.25", "openai", "gpt-4o");
        String initechKey = app.getApplicationContext().getBean(ApiKeys.class).issue("initech", "dashboard").apiKey();
        String february = "/v1/wedge/report?from=2026-02-01&to=2026-02-28";
        assertThat(get(february, initechKey).statusCode()).isEqualTo(200);

        athena.forgetRequests();
        assertThat(get(february, initechKey).body()).contains("\"tenant_id\" : \"initech\"");
        assertThat(athena.started()).isEmpty();

        store("initech", "INITECH-LATER", 1); // a new part file for one of those days
        assertThat(get(february, initechKey).statusCode()).isEqualTo(200);
        assertThat(athena.started()).isNotEmpty();
    }

    @Test
    void noKeyNoReportAndNoQuery() throws Exception {
        athena.forgetRequests();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url("/v1/wedge/report")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(athena.started()).isEmpty();
    }

    private static long rowsExamined(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode finding : JSON.readTree(response.body()).path("waste").path("findings")) {
            if (finding.path("kind").asText().equals("near_duplicates")) {
                return finding.path("evidence").path("rows_examined").asLong();
            }
        }
        throw new AssertionError("no near_duplicates finding in " + response.body());
    }

    /** Stores a tenant's rows in the bucket as the ingest function does: Parquet under logs/ through S3Partitions. */
    private static void store(String tenant, String marker, int calls) throws Exception {
        S3Partitions partitions = WedgeOnAws.logs(s3, bucket, temp.resolve("seed-" + tenant));
        try (DuckDbSqlEngine engine = new DuckDbSqlEngine(partitions.cache())) {
            SpendAnalysis analysis = new SpendAnalysis(tenant, new DuckDbLogStore(partitions, PRICES), engine.spendQueries(),
                    PRICES, false);
            analysis.ingest("seed.jsonl", new ByteArrayInputStream(lines(marker, calls).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** {@code calls} different calls on 2026-02-20, each prompt carrying the tenant's marker. */
    private static String lines(String marker, int calls) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < calls; i++) {
            lines.append(line(marker + "-r" + i, "10:0" + i + ":00", marker + " question number " + i + " about invoices")).append('\n');
        }
        return lines.toString();
    }

    private static String line(String id, String time, String prompt) {
        return "{\"timestamp\":\"2026-02-20T" + time + "Z\",\"request\":{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"" + prompt + "\"}]},\"response\":{\"id\":\"" + id + "\",\"model\":\"gpt-4o\","
                + "\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":40}}}";
    }

    private static void emptyCache() throws Exception {
        Path cache = temp.resolve("report-cache");
        if (Files.isDirectory(cache)) {
            try (Stream<Path> files = Files.walk(cache)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> cachedTenants() throws Exception {
        try (Stream<Path> tenants = Files.list(temp.resolve("report-cache"))) {
            return tenants.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static HttpResponse<String> get(String path, String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + key).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + app.getPort() + path);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
