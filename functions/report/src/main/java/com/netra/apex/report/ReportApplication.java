package com.netra.apex.report;

import io.micronaut.http.annotation.Controller;
import io.micronaut.runtime.Micronaut;
import java.util.Map;

/**
 * Starts the Wedge's report API alone as an HTTP server (the report Lambda, behind the Lambda Web Adapter):
 * the gateway's key auth without its LLM endpoints, relays or embedding model.
 */
public final class ReportApplication {

    /** Switches off the gateway's own controllers and optimization wiring, which ship in the same jar. */
    static final Map<String, Object> REPORT_ONLY = Map.of("apex.gateway.enabled", "false");

    private ReportApplication() {
    }

    public static void main(String[] args) {
        // The controllers (and so key auth, the secret and the storage) are built at start: a misconfiguration
        // fails the cold start instead of the first request.
        Micronaut.build(args).mainClass(ReportApplication.class).properties(REPORT_ONLY)
                .eagerInitAnnotated(Controller.class).start();
    }
}
