package com.netra.apex.core.optimize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.cache.SemanticQuery;
import com.netra.apex.core.compression.CompressionResult;
import com.netra.apex.core.routing.RoutingDecision;

/**
 * What the pipeline decided for one chat request, before any I/O: whether it is in the holdout, the cache
 * keys to look up (null when not cached), the compressed request and the model it goes to.
 *
 * @param notCachedReason why the request is not cached, or null
 */
public record ChatPlan(OptimizationPolicy policy, boolean holdout, String exactKey, SemanticQuery semantic,
                       String notCachedReason, CompressionResult compression, RoutingDecision routing) {

    /** The request to send upstream: the caller's, compressed if compression changed anything. */
    public ObjectNode outgoing() {
        return compression.request();
    }

    public boolean looksUpCache() {
        return exactKey != null || semantic != null;
    }
}
