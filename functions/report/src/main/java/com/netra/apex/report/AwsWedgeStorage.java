package com.netra.apex.report;

import com.netra.apex.analytics.aws.AthenaSqlEngine;
import com.netra.apex.analytics.aws.AthenaTarget;
import com.netra.apex.analytics.aws.S3LogScan;
import com.netra.apex.analytics.aws.S3Partitions;
import com.netra.apex.analytics.aws.WedgeOnAws;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.sql.SqlDialect;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Wedge's storage in a deployment with a Wedge bucket (AWS): rows in S3 under {@code logs/} (mirrored into
 * a local cache for DuckDB's appends and the findings' scan), spend SQL on Athena over the Glue table.
 */
@Factory
@Requires(property = LogUploads.BUCKET_PROPERTY)
public class AwsWedgeStorage {

    /** The bucket's S3 client, shared with the presigned upload URLs. */
    @Singleton
    @Bean(preDestroy = "close")
    S3Client wedgeS3(@Value("${apex.wedge.s3-endpoint:}") String endpoint) {
        return WedgeOnAws.s3(WedgeOnAws.endpoint(endpoint));
    }

    @Singleton
    @Bean(preDestroy = "close")
    AthenaClient wedgeAthena(@Value("${apex.wedge.athena.endpoint:}") String endpoint) {
        return WedgeOnAws.athena(WedgeOnAws.endpoint(endpoint));
    }

    /** Where queries run; the stack's workgroup enforces its own result location, so none is sent by default. */
    @Singleton
    AthenaTarget athenaTarget(@Value("${apex.wedge.athena.table:" + SqlDialect.ATHENA_TABLE + "}") String table,
                              @Value("${apex.wedge.athena.workgroup:apex-wedge}") String workgroup,
                              @Value("${apex.wedge.athena.output-location:}") String outputLocation,
                              @Value("${apex.wedge.athena.timeout:60s}") Duration timeout) {
        return new AthenaTarget(table, workgroup, outputLocation.isBlank() ? null : outputLocation, timeout);
    }

    @Singleton
    @Bean(preDestroy = "close")
    WedgeStorage wedgeStorage(S3Client s3, AthenaClient athena, AthenaTarget target, PriceTable prices,
                              @Value("${" + LogUploads.BUCKET_PROPERTY + "}") String bucket,
                              @Value("${apex.wedge.cache:/tmp/wedge/logs}") String cache) {
        S3Partitions partitions = WedgeOnAws.logs(s3, bucket, Path.of(cache));
        // The clients are beans of their own and closed as such; nothing else here holds a resource.
        return new WedgeStorage(partitions, new AthenaSqlEngine(athena, target).spendQueries(),
                new S3LogScan(partitions), prices, () -> { });
    }
}
