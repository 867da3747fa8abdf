package com.netra.apex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.analytics.aws.S3Emulator;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** Presigned upload URLs against S3Mock: the caller PUTs straight into its own tenant's upload prefix. */
class LogUploadsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void theUrlPutsTheFileUnderTheCallersTenantPrefixForFifteenMinutes() throws Exception {
        S3Emulator emulator = S3Emulator.shared();
        String bucket = emulator.freshBucket();
        try (S3Client s3 = emulator.client(); LogUploads urls = new LogUploads(emulator.presigner(), s3, bucket, CLOCK)) {
            LogUploads.UploadUrl url = urls.issue("acme", "jsonl.gz");

            assertThat(url.key()).matches("uploads/tenant=acme/[0-9a-f-]{36}\\.jsonl\\.gz");
            assertThat(url.reportKey()).isEqualTo("reports/tenant=acme/" + url.key().substring(20) + ".json");
            assertThat(url.url()).contains("X-Amz-Expires=900").contains("/" + bucket + "/uploads/tenant");
            assertThat(url.expiresAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));

            HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.url()))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"hello\":1}\n")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(put.statusCode()).isEqualTo(200);
            assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key(url.key())).asUtf8String()).isEqualTo("{\"hello\":1}\n");
            assertThat(s3.listObjectsV2(b -> b.bucket(bucket)).contents()).hasSize(1);
        }
    }

    @Test
    void eachUploadGetsItsOwnKeyAndOnlyLogExtensionsAreAccepted() throws Exception {
        S3Emulator emulator = S3Emulator.shared();
        try (S3Client s3 = emulator.client(); LogUploads urls = new LogUploads(emulator.presigner(), s3, "b", CLOCK)) {
            assertThat(urls.issue("acme", null).key()).endsWith(".jsonl").isNotEqualTo(urls.issue("acme", null).key());
            assertThatThrownBy(() -> urls.issue("acme", "../../tenant=globex/x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> urls.issue("acme", "exe")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> urls.issue("../globex", "jsonl")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theBeanExistsOnlyWhereTheDeploymentHasABucket() {
        try (ApplicationContext local = ApplicationContext.builder().start()) {
            assertThat(local.containsBean(LogUploads.class)).isFalse();
        }
        try (ApplicationContext aws = ApplicationContext.builder()
                .properties(Map.of(LogUploads.BUCKET_PROPERTY, "apex-wedge-123")).start()) {
            assertThat(aws.containsBean(LogUploads.class)).isTrue();
        }
    }
}
