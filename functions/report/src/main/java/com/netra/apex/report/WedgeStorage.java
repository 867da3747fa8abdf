package com.netra.apex.report;

import com.netra.apex.analytics.DuckDbLogScan;
import com.netra.apex.analytics.DuckDbLogStore;
import com.netra.apex.analytics.DuckDbSqlEngine;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.SpendAnalysis;
import com.netra.apex.core.wedge.SpendReport;
import com.netra.apex.core.wedge.store.WedgeScope;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * Where the Wedge keeps tenants' logs in this deployment: Parquet under a folder, queried with DuckDB
 * (locally the data directory). Analyses are serialized per process because DuckDB writes one store at a time.
 */
@Singleton
@Bean(preDestroy = "close")
public class WedgeStorage implements AutoCloseable {

    private final DuckDbLogStore store;
    private final DuckDbSqlEngine engine;
    private final DuckDbLogScan scan;
    private final PriceTable prices;

    public WedgeStorage(@Value("${apex.wedge.root:.apex-data/wedge}") String root, PriceTable prices) {
        this.store = new DuckDbLogStore(Path.of(root), prices);
        this.engine = new DuckDbSqlEngine(Path.of(root));
        this.scan = new DuckDbLogScan(Path.of(root));
        this.prices = prices;
    }

    /** A fresh analysis for one tenant; {@code findings} runs the Java analyzers on what it ingests. */
    public synchronized SpendAnalysis analysis(String tenantId, boolean findings) {
        return new SpendAnalysis(tenantId, store, engine.spendQueries(), prices, findings);
    }

    /** The report over stored days with every finding (the stored rows are read back through the analyzers). */
    public SpendReport report(WedgeScope scope) {
        return analysis(scope.tenantId(), true).reportFromStore(scan, scope);
    }

    @Override
    public void close() {
        engine.close();
    }
}
