package com.netra.apex.cdk;

import java.nio.file.Files;
import java.nio.file.Path;

/** Deploy-time inputs for the gateway function, read from CDK context by {@link ApexApp}. */
public record GatewaySettings(Path gatewayZip, int lwaLayerVersion) {

    /** Default location of the zip built by {@code functions/optimize}, relative to {@code cdk-app/}. */
    public static final String DEFAULT_GATEWAY_ZIP = "../functions/optimize/target/apex-optimize-lambda.zip";

    /** Lambda Web Adapter layer version that supports response streaming and SnapStart hooks. */
    public static final int DEFAULT_LWA_LAYER_VERSION = 25;

    /** Validates eagerly so a missing zip fails with a hint instead of a late "Cannot find asset". */
    public GatewaySettings {
        if (!Files.isRegularFile(gatewayZip)) {
            throw new IllegalArgumentException("Gateway zip not found at " + gatewayZip.toAbsolutePath()
                    + ": build it with ./mvnw -pl functions/optimize -am package -DskipTests,"
                    + " or pass -c gatewayZip=PATH");
        }
        if (lwaLayerVersion < 1) {
            throw new IllegalArgumentException("lwaLayerVersion must be positive, got " + lwaLayerVersion);
        }
    }

    /**
     * Builds settings from raw context values; either may be null (absent). Context from the CLI
     * ({@code -c k=v}) arrives as a String while cdk.json may hold a number, so accept both.
     */
    public static GatewaySettings fromContext(Object gatewayZip, Object lwaLayerVersion) {
        String zip = gatewayZip == null ? DEFAULT_GATEWAY_ZIP : gatewayZip.toString();
        int version;
        if (lwaLayerVersion == null) {
            version = DEFAULT_LWA_LAYER_VERSION;
        } else if (lwaLayerVersion instanceof Number n) {
            version = n.intValue();
        } else {
            version = Integer.parseInt(lwaLayerVersion.toString().trim());
        }
        return new GatewaySettings(Path.of(zip), version);
    }
}
