package com.netra.apex.cdk;

import java.nio.file.Files;
import java.nio.file.Path;

/** Deploy-time inputs for the Wedge's functions (ingest and report), read from CDK context by {@link ApexApp}. */
public record WedgeSettings(Path ingestZip, Path reportZip) {

    /** Default location of the zip built by {@code functions/ingest}, relative to {@code cdk-app/}. */
    public static final String DEFAULT_INGEST_ZIP = "../functions/ingest/target/apex-ingest-lambda.zip";
    /** Default location of the zip built by {@code functions/report}, relative to {@code cdk-app/}. */
    public static final String DEFAULT_REPORT_ZIP = "../functions/report/target/apex-report-lambda.zip";

    /** Validates eagerly so a missing zip fails with a hint instead of a late "Cannot find asset". */
    public WedgeSettings {
        requireZip(ingestZip, "Ingest", "functions/ingest", "ingestZip");
        requireZip(reportZip, "Report", "functions/report", "reportZip");
    }

    /** Settings from the raw context values (null when absent). */
    public static WedgeSettings fromContext(Object ingestZip, Object reportZip) {
        return new WedgeSettings(Path.of(ingestZip == null ? DEFAULT_INGEST_ZIP : ingestZip.toString()),
                Path.of(reportZip == null ? DEFAULT_REPORT_ZIP : reportZip.toString()));
    }

    private static void requireZip(Path zip, String what, String module, String contextKey) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException(what + " zip not found at " + zip.toAbsolutePath()
                    + ": build it with ./mvnw -pl " + module + " -am package -DskipTests, or pass -c " + contextKey + "=PATH");
        }
    }
}
