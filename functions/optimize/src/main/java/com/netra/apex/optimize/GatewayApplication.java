package com.netra.apex.optimize;

import io.micronaut.runtime.Micronaut;

/** Starts the gateway as an HTTP server: locally, and inside Lambda behind the Lambda Web Adapter. */
public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String[] args) {
        // Every singleton is built at start: configuration errors surface at once, and on Lambda the
        // SnapStart snapshot (taken after init) already holds the wired gateway, secrets read and clients made.
        Micronaut.build(args).mainClass(GatewayApplication.class).eagerInitSingletons(true).start();
    }
}
