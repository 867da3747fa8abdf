package com.netra.apex.optimize;

import io.micronaut.runtime.Micronaut;

/** Starts the gateway as an HTTP server: locally, and inside Lambda behind the Lambda Web Adapter. */
public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(GatewayApplication.class, args);
    }
}
