package com.netra.apex.report;

import com.netra.apex.core.pricing.PriceTable;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The Wedge's storage where there is no Wedge bucket (the local platform): DuckDB over the data directory. */
@Factory
@Requires(missingProperty = LogUploads.BUCKET_PROPERTY)
public class LocalWedgeStorage {

    @Singleton
    @Bean(preDestroy = "close")
    WedgeStorage wedgeStorage(@Value("${apex.wedge.root:.apex-data/wedge}") String root, PriceTable prices) {
        return WedgeStorage.onFolder(root, prices);
    }
}
