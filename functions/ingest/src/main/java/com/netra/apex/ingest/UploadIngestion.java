package com.netra.apex.ingest;

import com.netra.apex.analytics.DuckDbLogStore;
import com.netra.apex.analytics.DuckDbSqlEngine;
import com.netra.apex.analytics.aws.S3Partitions;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.SpendAnalysis;
import com.netra.apex.core.wedge.SpendReport;
import com.netra.apex.core.wedge.report.SpendReportJson;
import com.netra.apex.core.wedge.store.TenantLease;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One uploaded log file into the tenant's Parquet partitions, under the tenant's lease: streamed from S3 through
 * the parser (never whole in memory), stored, and answered with a report JSON next to the tenant's other reports.
 */
public final class UploadIngestion {

    /** What became of one upload. */
    public enum Outcome {
        /** Stored (possibly nothing new) and reported. */
        INGESTED,
        /** Another ingestion holds the tenant's lease: try again later. */
        BUSY,
        /** Not a tenant's upload key: nothing to do, and retrying would not change that. */
        IGNORED
    }

    /** The outcome, and for an ingested upload what was read and stored and where the report is. */
    public record Result(Outcome outcome, String reportKey, SpendAnalysis.Ingested ingested) {
    }

    private final S3Client s3;
    private final String bucket;
    private final S3Partitions partitions;
    private final PriceTable prices;
    private final TenantLease lease;
    private final boolean findings;

    /** @param findings run the waste analyzers too (slower); false reports spend and exact duplicates only */
    public UploadIngestion(S3Client s3, String bucket, S3Partitions partitions, PriceTable prices, TenantLease lease,
                           boolean findings) {
        this.s3 = s3;
        this.bucket = bucket;
        this.partitions = partitions;
        this.prices = prices;
        this.lease = lease;
        this.findings = findings;
    }

    public String bucket() {
        return bucket;
    }

    public Result ingest(String key) throws IOException {
        Optional<UploadKey> parsed = UploadKey.parse(key);
        if (parsed.isEmpty()) {
            return new Result(Outcome.IGNORED, null, null);
        }
        UploadKey upload = parsed.get();
        Optional<TenantLease.Held> held = lease.tryAcquire(upload.tenantId());
        if (held.isEmpty()) {
            return new Result(Outcome.BUSY, null, null);
        }
        try (TenantLease.Held ignored = held.get()) {
            return ingest(upload);
        }
    }

    private Result ingest(UploadKey upload) throws IOException {
        try (DuckDbSqlEngine engine = new DuckDbSqlEngine(partitions.cache())) {
            SpendAnalysis analysis = new SpendAnalysis(upload.tenantId(), new DuckDbLogStore(partitions, prices),
                    engine.spendQueries(), prices, findings);
            SpendAnalysis.Ingested ingested;
            try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(upload.key()))) {
                ingested = analysis.ingest(upload.name(), in);
            }
            // The report's SQL runs on the local mirror: every stored part of the upload's days, not only ours.
            partitions.mirror(analysis.ingestedScope());
            SpendReport report = analysis.report();
            s3.putObject(b -> b.bucket(bucket).key(upload.reportKey()).contentType("application/json"),
                    RequestBody.fromString(SpendReportJson.write(report)));
            return new Result(Outcome.INGESTED, upload.reportKey(), ingested);
        }
    }
}
