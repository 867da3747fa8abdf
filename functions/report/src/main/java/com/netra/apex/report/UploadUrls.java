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
import java.util.UUID;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Presigned S3 PUT URLs for log uploads, only in a deployment with a Wedge bucket ({@code apex.wedge.bucket}):
 * the caller sends the file straight to {@code uploads/tenant=<their tenant>/<uuid>.<ext>}, and the upload's
 * notification starts the ingest function. Locally (no bucket) there is no such bean and uploads are synchronous.
 */
@Singleton
@Requires(property = UploadUrls.BUCKET_PROPERTY)
@Bean(preDestroy = "close")
public class UploadUrls implements AutoCloseable {

    public static final String BUCKET_PROPERTY = "apex.wedge.bucket";
    static final Duration VALID_FOR = Duration.ofMinutes(15);
    /** What LogReader reads; gzip is detected from the bytes, the name only helps people. */
    static final Set<String> EXTENSIONS = Set.of("jsonl", "json", "csv", "jsonl.gz", "json.gz", "csv.gz", "gz");

    /** One issued URL: PUT the file to {@code url} before {@code expiresAt}; the result appears at {@code reportKey}. */
    public record UploadUrl(String url, String key, String reportKey, Instant expiresAt) {
    }

    private final S3Presigner presigner;
    private final String bucket;
    private final Clock clock;

    @Inject
    public UploadUrls(@Value("${" + BUCKET_PROPERTY + "}") String bucket,
                      @Value("${apex.wedge.s3-endpoint:}") String endpoint, Clock clock) {
        // Region and credentials from the function's environment (the default chains).
        this(WedgeOnAws.presigner(WedgeOnAws.endpoint(endpoint)), bucket, clock);
    }

    UploadUrls(S3Presigner presigner, String bucket, Clock clock) {
        this.presigner = presigner;
        this.bucket = bucket;
        this.clock = clock;
    }

    /** A URL for one new upload of {@code tenantId}'s; the key is ours (a fresh uuid), never the caller's text. */
    public UploadUrl issue(String tenantId, String extension) {
        WedgeScope.requireTenant(tenantId);
        String ext = extension == null || extension.isBlank() ? "jsonl" : extension.trim().toLowerCase();
        if (!EXTENSIONS.contains(ext)) {
            throw new IllegalArgumentException("ext must be one of " + EXTENSIONS.stream().sorted().toList());
        }
        String name = UUID.randomUUID() + "." + ext;
        String key = "uploads/tenant=" + tenantId + "/" + name;
        PresignedPutObjectRequest put = presigner.presignPutObject(p -> p.signatureDuration(VALID_FOR)
                .putObjectRequest(o -> o.bucket(bucket).key(key)));
        return new UploadUrl(put.url().toString(), key, "reports/tenant=" + tenantId + "/" + name + ".json",
                clock.instant().plus(VALID_FOR));
    }

    @Override
    public void close() {
        presigner.close();
    }
}
