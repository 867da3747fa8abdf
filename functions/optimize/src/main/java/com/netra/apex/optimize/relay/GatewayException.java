package com.netra.apex.optimize.relay;

import com.netra.apex.core.errors.GatewayError;

/** A request the gateway refuses before calling any provider (bad JSON, unknown model, ...). */
public final class GatewayException extends RuntimeException {

    private final transient GatewayError error;

    public GatewayException(GatewayError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public GatewayError error() {
        return error;
    }
}
