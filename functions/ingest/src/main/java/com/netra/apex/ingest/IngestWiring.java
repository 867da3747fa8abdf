package com.netra.apex.ingest;

import com.netra.apex.analytics.aws.S3Partitions;
import com.netra.apex.analytics.aws.WedgeOnAws;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.dynamodb.DynamoDbClients;
import com.netra.apex.dynamodb.DynamoDbTenantLease;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Builds the ingest function from its environment (what the CDK stack sets). */
final class IngestWiring {

    static final String BUCKET_ENV = "APEX_WEDGE_BUCKET";
    static final String FINDINGS_ENV = "APEX_WEDGE_FINDINGS";
    static final String QUEUE_URL_ENV = "APEX_WEDGE_QUEUE_URL";
    /** Longer than the function's 15-minute timeout, so a running ingestion never loses its lease. */
    static final Duration LEASE = Duration.ofMinutes(16);

    private IngestWiring() {
    }

    static UploadIngestion fromEnvironment(Map<String, String> env) {
        String bucket = env.get(BUCKET_ENV);
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException(BUCKET_ENV + " is not set");
        }
        S3Client s3 = WedgeOnAws.s3(null);
        DynamoDbTenantLease lease = new DynamoDbTenantLease(DynamoDbClients.fromEnvironment(),
                env.getOrDefault(DynamoDbTenantLease.TABLE_ENV, DynamoDbTenantLease.DEFAULT_TABLE), LEASE,
                Clock.systemUTC());
        S3Partitions partitions = WedgeOnAws.logs(s3, bucket, WedgeOnAws.LAMBDA_CACHE);
        return new UploadIngestion(s3, bucket, partitions, PriceTableLoader.shipped(), lease,
                !"false".equalsIgnoreCase(env.getOrDefault(FINDINGS_ENV, "true")));
    }

    /** The uploads queue, where a busy tenant's message is made visible again soon. */
    static RequeueSoon requeueFromEnvironment(Map<String, String> env) {
        String queueUrl = env.get(QUEUE_URL_ENV);
        if (queueUrl == null || queueUrl.isBlank()) {
            throw new IllegalStateException(QUEUE_URL_ENV + " is not set");
        }
        return new RequeueSoon(SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build(), queueUrl);
    }
}
