package com.netra.apex.optimize.http;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Liveness for the Lambda Web Adapter's readiness check and for load balancers. */
@Controller
public class HealthController {

    @Get(uri = "/health", produces = MediaType.APPLICATION_JSON)
    public String health() {
        return "{\"status\":\"ok\"}";
    }
}
