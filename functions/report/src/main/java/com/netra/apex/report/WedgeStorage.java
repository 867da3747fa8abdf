package com.netra.apex.report;

import com.netra.apex.analytics.DuckDbLogScan;
import com.netra.apex.analytics.DuckDbLogStore;
import com.netra.apex.analytics.DuckDbSqlEngine;
import com.netra.apex.analytics.LocalPartitions;
import com.netra.apex.analytics.PartitionFiles;
import com.netra.apex.analytics.StoreFormat;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.SpendAnalysis;
import com.netra.apex.core.wedge.SpendReport;
import com.netra.apex.core.wedge.store.LogScan;
import com.netra.apex.core.wedge.store.LogStore;
import com.netra.apex.core.wedge.store.SpendQueries;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Where the Wedge keeps tenants' logs in this deployment and how they are queried: locally Parquet under a
 * folder with DuckDB ({@link #onFolder}); on AWS Parquet in S3 with Athena ({@link AwsWedgeStorage}). Analyses
 * are serialized per process because the Parquet store takes one append at a time.
 */
public class WedgeStorage implements AutoCloseable {

    private final PartitionFiles partitions;
    private final LogStore store;
    private final SpendQueries queries;
    private final LogScan scan;
    private final PriceTable prices;
    private final AutoCloseable resources;
    private final StoredReports reports = new StoredReports();

    /**
     * @param partitions where the Parquet files live (the store writes there; their fingerprint dates reports)
     * @param scan       reads stored rows back for the findings
     * @param resources  what to close with the storage (engines, clients)
     */
    public WedgeStorage(PartitionFiles partitions, SpendQueries queries, LogScan scan, PriceTable prices,
                        AutoCloseable resources) {
        this.partitions = partitions;
        this.store = new DuckDbLogStore(partitions, prices);
        this.queries = queries;
        this.scan = scan;
        this.prices = prices;
        this.resources = resources;
    }

    /** The local deployment's storage: Parquet under {@code root}, SQL and scans on DuckDB. */
    public static WedgeStorage onFolder(String root, PriceTable prices) {
        StoreFormat.upgrade(Path.of(root));
        DuckDbSqlEngine engine = new DuckDbSqlEngine(Path.of(root));
        return new WedgeStorage(new LocalPartitions(Path.of(root)), engine.spendQueries(),
                new DuckDbLogScan(Path.of(root)), prices, engine);
    }

    /** A fresh analysis for one tenant; {@code findings} runs the Java analyzers on what it ingests. */
    public synchronized SpendAnalysis analysis(String tenantId, boolean findings) {
        return new SpendAnalysis(tenantId, store, queries, prices, findings);
    }

    /**
     * The report over stored days with every finding (the stored rows are read back through the analyzers),
     * computed again only when a file was stored for those days since it was last computed.
     */
    public SpendReport report(WedgeScope scope) {
        String version;
        try {
            version = partitions.version(scope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reports.get(scope, version).orElseGet(() -> {
            SpendReport report = analysis(scope.tenantId(), true).reportFromStore(scan, scope);
            reports.put(scope, version, report);
            return report;
        });
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the Wedge storage: " + e.getMessage(), e);
        }
    }
}
