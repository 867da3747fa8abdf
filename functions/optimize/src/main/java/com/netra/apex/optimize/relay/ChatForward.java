package com.netra.apex.optimize.relay;

import com.netra.apex.core.cache.SemanticCache;
import com.netra.apex.core.optimize.ChatPlan;
import com.netra.apex.core.providers.Route;
import com.netra.apex.core.savings.SavingsCalculator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chat request on its way to a provider after a cache miss: its plan, the routes to try, and what
 * Apex changed, which its usage record's savings are computed from.
 *
 * @param probe            the semantic probe to store the answer under, or null
 * @param original         the caller's bytes, forwarded as-is when nothing was changed
 * @param promptCacheAdded set when the request sent upstream carries a cache breakpoint Apex added
 */
record ChatForward(RequestContext ctx, ChatPlan plan, SemanticCache.Probe probe, byte[] original, List<Route> chain,
                   BaselinePrice baseline, AtomicBoolean promptCacheAdded) {

    static final Logger LOG = LoggerFactory.getLogger(ChatRelay.class);

    ChatForward(RequestContext ctx, ChatPlan plan, SemanticCache.Probe probe, byte[] original, List<Route> chain,
                BaselinePrice baseline) {
        this(ctx, plan, probe, original, chain, baseline, new AtomicBoolean());
    }

    /** Whether the request went to another model than the caller named. */
    boolean routed() {
        return !chain.get(0).upstreamModel().equals(ctx.requestedModel()) && plan.routing().routed();
    }

    Meter.Optimized optimized() {
        String cacheStatus = plan.looksUpCache() ? "miss" : "bypass";
        return new Meter.Optimized(cacheStatus, new SavingsCalculator.Applied(baseline.provider(),
                baseline.model(), routed(), plan.compression().tokensSaved(), promptCacheAdded.get()), plan.holdout());
    }

    /** The provider's headers plus Apex's: cache status, the model actually used when routed, holdout. */
    Map<String, String> responseHeaders(Map<String, String> upstream) {
        Map<String, String> headers = new HashMap<>(upstream);
        headers.put("x-apex-cache", plan.looksUpCache() ? "miss" : "bypass");
        if (routed()) {
            headers.put("x-apex-routed-to", chain.get(0).upstreamModel());
        }
        if (plan.holdout()) {
            headers.put("x-apex-holdout", "true");
        }
        return headers;
    }
}
