package com.netra.apex.optimize.upstream;

import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.providers.Route;

/** Every route and retry failed without an HTTP answer worth passing on: becomes a 502 or 504. */
public final class UpstreamFailure extends RuntimeException {

    private final transient GatewayError error;
    private final transient Route lastRoute;

    public UpstreamFailure(GatewayError error, Route lastRoute) {
        super(error.message(), null, false, false);
        this.error = error;
        this.lastRoute = lastRoute;
    }

    public GatewayError error() {
        return error;
    }

    public Route lastRoute() {
        return lastRoute;
    }
}
