package com.netra.apex.analytics.aws;

import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * How every Wedge function reaches AWS, built one way: the S3 and Athena clients (region and credentials from
 * the default chains; an endpoint only for emulators) and the {@code logs/} partitions the Glue table reads.
 */
public final class WedgeOnAws {

    /** Partitions under this prefix of the Wedge bucket are what the Glue table reads. */
    public static final String LOGS_PREFIX = "logs";
    /** /tmp is the only writable place on Lambda; the mirror of fetched parts survives warm invocations. */
    public static final Path LAMBDA_CACHE = Path.of("/tmp/wedge/logs");

    private WedgeOnAws() {
    }

    /** @param endpoint an S3-compatible emulator (path-style addressing), or null for AWS itself */
    public static S3Client s3(URI endpoint) {
        // Naming the HTTP client skips the SDK's classpath scan for one.
        var builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create());
        if (endpoint != null) {
            builder.endpointOverride(endpoint).forcePathStyle(true);
        }
        return builder.build();
    }

    /** Signs URLs for the bucket; with an emulator's {@code endpoint} they are path-style, like {@link #s3}'s requests. */
    public static S3Presigner presigner(URI endpoint) {
        var builder = S3Presigner.builder();
        if (endpoint != null) {
            builder.endpointOverride(endpoint).serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        }
        return builder.build();
    }

    /** @param endpoint a stand-in for Athena's API, or null for AWS itself */
    public static AthenaClient athena(URI endpoint) {
        var builder = AthenaClient.builder().httpClient(UrlConnectionHttpClient.create());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /** The bucket's {@code logs/} partitions, mirrored into {@code cache} when read. */
    public static S3Partitions logs(S3Client s3, String bucket, Path cache) {
        return new S3Partitions(s3, bucket, LOGS_PREFIX, cache);
    }

    /** An empty setting (an unset property or variable) as null. */
    public static URI endpoint(String configured) {
        return configured == null || configured.isBlank() ? null : URI.create(configured.trim());
    }
}
