package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.cache.CachedAnswer;
import com.netra.apex.core.cache.SemanticCache;
import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.optimize.Caller;
import com.netra.apex.core.optimize.ChatOptimizer;
import com.netra.apex.core.optimize.ChatPlan;
import com.netra.apex.core.optimize.OptimizationPolicy;
import com.netra.apex.core.optimize.Policies;
import com.netra.apex.core.optimize.RequestHeaders;
import com.netra.apex.core.optimize.ResponseCaching;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.providers.Route;
import com.netra.apex.core.usage.TokenUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The gateway side of the optimization pipeline: resolves a request's policy and plan, looks up and fills
 * the answer caches. Anything that reads storage or runs the embedding model leaves the event loop.
 */
public final class ChatOptimization {

    private static final Logger LOG = LoggerFactory.getLogger(ChatOptimization.class);

    private final Policies policies;
    private final ChatOptimizer optimizer;
    private final ResponseCaching caching;
    private final PriceTable prices;

    public ChatOptimization(Policies policies, ChatOptimizer optimizer, ResponseCaching caching, PriceTable prices) {
        this.policies = policies;
        this.optimizer = optimizer;
        this.caching = caching;
        this.prices = prices;
    }

    /** The plan for one request; the tenant's stored settings are read off the event loop when not cached. */
    public Mono<ChatPlan> plan(RequestContext ctx, Map<String, String> apexHeaders, ObjectNode request, Route requested) {
        LocalDate day = ctx.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return policy(ctx, apexHeaders).map(p -> optimizer.plan(p, caller(ctx, apexHeaders), request, ctx.requestedModel(),
                tokens -> inputCost(requested, tokens, day)));
    }

    /** The plan for an Anthropic-format request: holdout and compression (see {@link ChatOptimizer#planMessages}). */
    public Mono<ChatPlan> planMessages(RequestContext ctx, Map<String, String> apexHeaders, ObjectNode request) {
        return policy(ctx, apexHeaders).map(p -> optimizer.planMessages(p, caller(ctx, apexHeaders), request, ctx.requestedModel()));
    }

    private Mono<OptimizationPolicy> policy(RequestContext ctx, Map<String, String> apexHeaders) {
        String tenant = ctx.principal().tenantId();
        String key = ctx.principal().keyId();
        Mono<OptimizationPolicy> policy = Mono.fromCallable(() -> resolve(tenant, key, apexHeaders));
        return policies.answerableFromCache(tenant, key) ? policy : policy.subscribeOn(Schedulers.boundedElastic());
    }

    private static Caller caller(RequestContext ctx, Map<String, String> apexHeaders) {
        return new Caller(ctx.principal().tenantId(), ctx.principal().keyId(), ctx.requestId(), RequestHeaders.tags(apexHeaders));
    }

    private OptimizationPolicy resolve(String tenant, String key, Map<String, String> headers) {
        try {
            return policies.resolve(tenant, key, headers);
        } catch (IllegalArgumentException e) {
            throw new GatewayException(GatewayError.badRequest("invalid_apex_header", e.getMessage()));
        }
    }

    private BigDecimal inputCost(Route route, long tokens, LocalDate day) {
        return prices.cost(Meter.pricingProvider(route.provider()), route.upstreamModel(),
                new TokenUsage(tokens, 0, 0, 0), day).amount().map(m -> m.usd()).orElse(null);
    }

    /** Exact then semantic lookup, off the event loop; a cache failure is a miss, never a failed request. */
    public Mono<ResponseCaching.Found> lookup(RequestContext ctx, ChatPlan plan) {
        if (!plan.looksUpCache()) {
            return Mono.just(ResponseCaching.Found.NOTHING);
        }
        return Mono.fromCallable(() -> caching.lookup(ctx.principal().tenantId(), plan))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(e -> {
                    LOG.warn("Cache lookup failed for request {}; treated as a miss: {}", ctx.requestId(), e.toString());
                    return Mono.just(ResponseCaching.Found.NOTHING);
                });
    }

    /** Stores a fresh answer in the background; the caller never waits for it. */
    public void store(RequestContext ctx, ChatPlan plan, SemanticCache.Probe probe, CachedAnswer answer) {
        if (plan.exactKey() == null && probe == null) {
            return;
        }
        Schedulers.boundedElastic().schedule(() -> {
            try {
                caching.store(ctx.principal().tenantId(), plan, probe, answer);
            } catch (RuntimeException e) {
                LOG.warn("Could not cache the answer to request {}: {}", ctx.requestId(), e.toString());
            }
        });
    }

    /** Whether a plan wants its answer stored. */
    public static boolean stores(ChatPlan plan, SemanticCache.Probe probe) {
        return plan.exactKey() != null || probe != null;
    }
}
