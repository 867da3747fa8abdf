package com.netra.apex.core.wedge.store;

/** A model the price table does not know, with the calls that could not be priced because of it. */
public record UnpricedModel(String provider, String model, long calls, long inputTokens, long outputTokens) {
}
