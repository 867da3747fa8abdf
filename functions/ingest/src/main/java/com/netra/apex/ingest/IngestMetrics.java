package com.netra.apex.ingest;

import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsBuilder;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Each upload's ingestion as CloudWatch metrics, through Powertools' embedded metric format (one JSON line on
 * stdout, no API call): uploads by outcome, rows read, skipped and stored, and the time taken. The tenant and
 * the upload are metadata, not dimensions: tenants are unbounded, and a dimension per tenant would be a
 * metric per tenant.
 */
final class IngestMetrics {

    static final String NAMESPACE = "Apex/Wedge";

    private final Metrics metrics;

    IngestMetrics(Metrics metrics) {
        this.metrics = metrics;
    }

    /** Metrics in the {@link #NAMESPACE} namespace for the service {@code wedge-ingest}. */
    static IngestMetrics standard() {
        return new IngestMetrics(MetricsBuilder.builder().withNamespace(NAMESPACE).withService("wedge-ingest").build());
    }

    /** Emits what became of one upload, {@code millis} after it was picked up. */
    void record(String key, UploadIngestion.Result result, long millis) {
        metrics.flushMetrics(m -> {
            m.addMetric(switch (result.outcome()) {
                case INGESTED -> "UploadsIngested";
                case BUSY -> "UploadsDeferred";
                case IGNORED -> "UploadsIgnored";
            }, 1, MetricUnit.COUNT);
            if (result.ingested() != null) {
                m.addMetric("RowsRead", result.ingested().read().rows(), MetricUnit.COUNT);
                m.addMetric("RowsSkipped", result.ingested().read().skipped(), MetricUnit.COUNT);
                m.addMetric("RowsStored", result.ingested().stored(), MetricUnit.COUNT);
                m.addMetric("IngestTime", millis, MetricUnit.MILLISECONDS);
            }
            m.addMetadata("upload", key);
        });
    }

    /** Emits an upload whose ingestion failed (it will be retried, then dead-lettered). */
    void failed(String key) {
        metrics.flushMetrics(m -> {
            m.addMetric("UploadsFailed", 1, MetricUnit.COUNT);
            m.addMetadata("upload", key);
        });
    }
}
