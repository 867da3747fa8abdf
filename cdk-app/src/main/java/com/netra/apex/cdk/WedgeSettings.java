package com.netra.apex.cdk;

import java.nio.file.Files;
import java.nio.file.Path;

/** Deploy-time inputs for the Wedge's ingest function, read from CDK context by {@link ApexApp}. */
public record WedgeSettings(Path ingestZip) {

    /** Default location of the zip built by {@code functions/ingest}, relative to {@code cdk-app/}. */
    public static final String DEFAULT_INGEST_ZIP = "../functions/ingest/target/apex-ingest-lambda.zip";

    /** Validates eagerly so a missing zip fails with a hint instead of a late "Cannot find asset". */
    public WedgeSettings {
        if (!Files.isRegularFile(ingestZip)) {
            throw new IllegalArgumentException("Ingest zip not found at " + ingestZip.toAbsolutePath()
                    + ": build it with ./mvnw -pl functions/ingest -am package -DskipTests,"
                    + " or pass -c ingestZip=PATH");
        }
    }

    /** Settings from the raw context value (null when absent). */
    public static WedgeSettings fromContext(Object ingestZip) {
        return new WedgeSettings(Path.of(ingestZip == null ? DEFAULT_INGEST_ZIP : ingestZip.toString()));
    }
}
