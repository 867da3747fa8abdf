package com.netra.apex.optimize.relay;

import com.netra.apex.core.providers.Route;

/**
 * How the caller's own request is priced for its baseline: the provider's price list and the model the
 * caller's model name resolves to (an alias such as "fast" is priced as the model it stands for).
 */
public record BaselinePrice(String provider, String model) {

    static BaselinePrice of(Route requested) {
        return new BaselinePrice(Meter.pricingProvider(requested.provider()), requested.upstreamModel());
    }
}
