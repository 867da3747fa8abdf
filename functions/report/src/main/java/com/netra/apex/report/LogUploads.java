package com.netra.apex.report;

import com.netra.apex.analytics.aws.WedgeOnAws;
import com.netra.apex.core.wedge.store.WedgeScope;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Log uploads into the Wedge bucket, only in a deployment with one ({@code apex.wedge.bucket}): a presigned PUT
 * URL for a large file, or a small file sent to the API stored directly; either lands at
 * {@code uploads/tenant=<the caller's tenant>/<uuid>.<ext>}, whose notification starts the ingest function.
 * Locally (no bucket) there is no such bean and uploads are ingested synchronously.
 */
@Singleton
@Requires(property = LogUploads.BUCKET_PROPERTY)
@Bean(preDestroy = "close")
public class LogUploads implements AutoCloseable {

    public static final String BUCKET_PROPERTY = "apex.wedge.bucket";
    static final Duration VALID_FOR = Duration.ofMinutes(15);
    /** What LogReader reads; gzip is detected from the bytes, the name only helps people. */
    static final Set<String> EXTENSIONS = Set.of("jsonl", "json", "csv", "jsonl.gz", "json.gz", "csv.gz", "gz");

    /** One issued URL: PUT the file to {@code url} before {@code expiresAt}; the result appears at {@code reportKey}. */
    public record UploadUrl(String url, String key, String reportKey, Instant expiresAt) {
    }

    /** Where an upload goes and where its result will appear. */
    public record Upload(String key, String reportKey) {
    }

    private final S3Presigner presigner;
    private final S3Client s3;
    private final String bucket;
    private final Clock clock;

    @Inject
    public LogUploads(@Value("${" + BUCKET_PROPERTY + "}") String bucket,
                      @Value("${apex.wedge.s3-endpoint:}") String endpoint, S3Client s3, Clock clock) {
        // Region and credentials from the function's environment (the default chains).
        this(WedgeOnAws.presigner(WedgeOnAws.endpoint(endpoint)), s3, bucket, clock);
    }

    /** @param s3 the bucket's client, owned by the caller (the storage's bean) */
    LogUploads(S3Presigner presigner, S3Client s3, String bucket, Clock clock) {
        this.presigner = presigner;
        this.s3 = s3;
        this.bucket = bucket;
        this.clock = clock;
    }

    /** A URL for one new upload of {@code tenantId}'s; the key is ours (a fresh uuid), never the caller's text. */
    public UploadUrl issue(String tenantId, String extension) {
        String ext = extension == null || extension.isBlank() ? "jsonl" : extension.trim().toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(ext)) {
            throw new IllegalArgumentException("ext must be one of " + EXTENSIONS.stream().sorted().toList());
        }
        Upload upload = newUpload(tenantId, ext);
        PresignedPutObjectRequest put = presigner.presignPutObject(p -> p.signatureDuration(VALID_FOR)
                .putObjectRequest(o -> o.bucket(bucket).key(upload.key())));
        return new UploadUrl(put.url().toString(), upload.key(), upload.reportKey(), clock.instant().plus(VALID_FOR));
    }

    /** Stores a file sent to the API as a new upload of the tenant's; the ingest function takes it from there. */
    public Upload store(String tenantId, String fileName, byte[] body) {
        Upload upload = newUpload(tenantId, extensionOf(fileName));
        s3.putObject(o -> o.bucket(bucket).key(upload.key()), RequestBody.fromBytes(body));
        return upload;
    }

    /** The key is ours (a fresh uuid under the tenant's prefix), never the caller's text. */
    private static Upload newUpload(String tenantId, String ext) {
        WedgeScope.requireTenant(tenantId);
        String name = UUID.randomUUID() + "." + ext;
        return new Upload("uploads/tenant=" + tenantId + "/" + name, "reports/tenant=" + tenantId + "/" + name + ".json");
    }

    /** The file name's known extension (the longest that matches), else jsonl: the reader detects the rest. */
    private static String extensionOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().filter(e -> name.endsWith("." + e)).max(Comparator.comparingInt(String::length))
                .orElse("jsonl");
    }

    @Override
    public void close() {
        presigner.close();
    }
}
