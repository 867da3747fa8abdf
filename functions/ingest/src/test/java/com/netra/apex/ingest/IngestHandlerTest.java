package com.netra.apex.ingest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.netra.apex.analytics.aws.S3Emulator;
import com.netra.apex.analytics.aws.S3Partitions;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.wedge.store.TenantLease;
import com.netra.apex.dynamodb.DynamoDbTenantLease;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;

/**
 * The ingest Lambda end to end: S3 (S3Mock over HTTP) and DynamoDB Local, an SQS event carrying S3 notifications,
 * a gzip upload with a malformed line, re-delivery, a busy tenant and a missing object. WireMock plays SQS's
 * JSON API for the busy tenant's early return to the queue.
 */
class IngestHandlerTest {

    private static final DynamoDbClient DYNAMO = DynamoDBEmbedded.create(true).dynamoDbClient();
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACME_UPLOAD = "uploads/tenant=acme/2026-10/requests log.jsonl.gz";
    private static final String QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/000000000000/apex-uploads";

    @TempDir
    Path tmp;
    private S3Client s3;
    private String bucket;
    private DynamoDbTenantLease lease;
    private IngestHandler handler;
    private WireMockServer sqs;
    private SqsClient sqsClient;

    @BeforeEach
    void wire() throws IOException {
        sqs = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        sqs.start();
        sqs.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSQS.ChangeMessageVisibility"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.0").withBody("{}")));
        sqsClient = SqsClient.builder().endpointOverride(URI.create(sqs.baseUrl())).region(Region.US_EAST_1)
                .credentialsProvider(S3Emulator.credentials()).httpClient(UrlConnectionHttpClient.create()).build();
        S3Emulator emulator = S3Emulator.shared();
        s3 = emulator.client();
        bucket = emulator.freshBucket();
        String table = "leases-" + TABLES.incrementAndGet();
        DynamoDbTenantLease.createIfMissing(DYNAMO, table);
        lease = new DynamoDbTenantLease(DYNAMO, table, Duration.ofMinutes(16), Clock.systemUTC());
        handler = handler("lambda-1");
    }

    @AfterEach
    void close() {
        s3.close();
        sqsClient.close();
        sqs.stop();
    }

    @Test
    void aGzipUploadBecomesParquetPartitionsAndAReportWithItsMalformedLine() throws IOException {
        put(ACME_UPLOAD, gzip(sampleLines(20, 5)));

        SQSBatchResponse response = handler.handleRequest(event(message("m1", ACME_UPLOAD)), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(keys("logs/")).isNotEmpty()
                .allMatch(k -> k.matches("logs/tenant=acme/date=\\d{4}-\\d{2}-\\d{2}/part-[0-9a-f-]{36}\\.parquet"));
        JsonNode report = report("reports/tenant=acme/2026-10/requests log.jsonl.gz.json");
        assertThat(report.path("tenant_id").asText()).isEqualTo("acme");
        assertThat(report.path("total").path("calls").asLong()).isEqualTo(20);
        assertThat(report.path("total").path("spend_usd").asText()).matches("\\d+\\.\\d+");
        JsonNode file = report.path("ingested").get(0);
        assertThat(file.path("rows").asLong()).isEqualTo(20);
        assertThat(file.path("stored").asLong()).isEqualTo(20);
        assertThat(file.path("skipped").asLong()).isEqualTo(1);
        assertThat(file.path("problems").get(0).path("line").asLong()).isEqualTo(5);
        assertThat(file.path("problems").get(0).path("reason").asText()).isNotBlank();
    }

    @Test
    void reDeliveryOfTheSameEventStoresNothingTwice() throws IOException {
        put(ACME_UPLOAD, gzip(sampleLines(20, 5)));
        handler.handleRequest(event(message("m1", ACME_UPLOAD)), null);
        List<String> parts = keys("logs/");

        // Delivered again, to a fresh Lambda environment whose local mirror is empty.
        SQSBatchResponse again = handler("lambda-2").handleRequest(event(message("m1", ACME_UPLOAD)), null);

        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(keys("logs/")).isEqualTo(parts);
        JsonNode report = report("reports/tenant=acme/2026-10/requests log.jsonl.gz.json");
        assertThat(report.path("ingested").get(0).path("stored").asLong()).isZero();
        assertThat(report.path("total").path("calls").asLong()).isEqualTo(20);
    }

    @Test
    void aBusyTenantOrAMissingObjectFailsOnlyItsOwnMessage() throws IOException {
        put(ACME_UPLOAD, gzip(sampleLines(10, 0)));
        put("uploads/tenant=globex/a.jsonl", sampleLines(10, 0));
        TenantLease.Held acmeBusy = lease.tryAcquire("acme").orElseThrow();

        SQSBatchResponse response = handler.handleRequest(event(message("busy", ACME_UPLOAD),
                message("ok", "uploads/tenant=globex/a.jsonl"), message("gone", "uploads/tenant=globex/missing.jsonl")), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactlyInAnyOrder("busy", "gone");
        // Only the busy one comes back early (the missing object's retry keeps the normal timeout).
        List<LoggedRequest> shortened = sqs.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AmazonSQS.ChangeMessageVisibility")));
        assertThat(shortened).hasSize(1);
        JsonNode change = JSON.readTree(shortened.get(0).getBodyAsString());
        assertThat(change.path("QueueUrl").asText()).isEqualTo(QUEUE_URL);
        assertThat(change.path("ReceiptHandle").asText()).isEqualTo("receipt-busy");
        assertThat(change.path("VisibilityTimeout").asInt()).isBetween(60, 120);
        assertThat(keys("logs/")).isNotEmpty().allMatch(k -> k.startsWith("logs/tenant=globex/"));
        assertThat(keys("reports/")).containsExactly("reports/tenant=globex/a.jsonl.json");

        acmeBusy.close(); // SQS retries the busy one later: now it goes through
        assertThat(handler.handleRequest(event(message("busy", ACME_UPLOAD)), null).getBatchItemFailures()).isEmpty();
        assertThat(keys("logs/tenant=acme/")).isNotEmpty();
    }

    @Test
    void oneTenantsUploadNeverReadsOrLandsInAnothersPrefix() throws IOException {
        put(ACME_UPLOAD, gzip(sampleLines(20, 0)));
        put("uploads/tenant=globex/same.jsonl", sampleLines(8, 0)); // the same calls (row ids) as acme's first 8
        handler.handleRequest(event(message("a", ACME_UPLOAD)), null);

        handler.handleRequest(event(message("g", "uploads/tenant=globex/same.jsonl")), null);

        JsonNode globex = report("reports/tenant=globex/same.jsonl.json");
        assertThat(globex.path("tenant_id").asText()).isEqualTo("globex");
        assertThat(globex.path("total").path("calls").asLong()).isEqualTo(8);
        assertThat(globex.path("ingested").get(0).path("stored").asLong()).isEqualTo(8);
        assertThat(report("reports/tenant=acme/2026-10/requests log.jsonl.gz.json").path("total").path("calls").asLong())
                .isEqualTo(20);
    }

    @Test
    void keysThatAreNotATenantsUploadAreIgnoredNotRetried() throws IOException {
        put("uploads/tenant=../x/a.jsonl", sampleLines(3, 0));
        put("elsewhere/a.jsonl", sampleLines(3, 0));
        String testEvent = "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"" + bucket + "\"}";

        SQSBatchResponse response = handler.handleRequest(event(message("bad", "uploads/tenant=../x/a.jsonl"),
                message("other", "elsewhere/a.jsonl"), raw("test", testEvent)), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(keys("logs/")).isEmpty();
        assertThat(keys("reports/")).isEmpty();
    }

    private IngestHandler handler(String environment) {
        S3Partitions partitions = new S3Partitions(s3, bucket, "logs", tmp.resolve(environment).resolve("logs"));
        return new IngestHandler(new UploadIngestion(s3, bucket, partitions, PriceTableLoader.shipped(), lease, false),
                new RequeueSoon(sqsClient, QUEUE_URL), IngestMetricsTest.onStdout());
    }

    /** The first {@code count} calls of the sample log, with a broken line inserted as line {@code broken} (0: none). */
    private static byte[] sampleLines(int count, int broken) throws IOException {
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of("../../eval/sample-logs/openai-requests.jsonl.gz")))) {
            lines = new ArrayList<>(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")).subList(0, count));
        }
        if (broken > 0) {
            lines.add(broken - 1, "{\"timestamp\": \"2026-10-01T00:00:00Z\", \"request\": {");
        }
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private void put(String key, byte[] body) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
    }

    private List<String> keys(String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key).sorted().toList();
    }

    private JsonNode report(String key) throws IOException {
        return JSON.readTree(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String());
    }

    private static SQSEvent event(SQSEvent.SQSMessage... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(messages));
        return event;
    }

    /** An SQS message carrying S3's notification for {@code key} (form-URL-encoded, as S3 sends keys). */
    private SQSEvent.SQSMessage message(String id, String key) {
        String body = """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
                  "eventName":"ObjectCreated:Put","s3":{"s3SchemaVersion":"1.0","bucket":{"name":"%s"},
                  "object":{"key":"%s","size":1}}}]}""".formatted(bucket, URLEncoder.encode(key, StandardCharsets.UTF_8));
        return raw(id, body);
    }

    private static SQSEvent.SQSMessage raw(String id, String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setReceiptHandle("receipt-" + id);
        message.setBody(body);
        return message;
    }
}
