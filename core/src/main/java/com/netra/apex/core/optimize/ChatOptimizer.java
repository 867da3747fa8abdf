package com.netra.apex.core.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.cache.ChatCacheKeys;
import com.netra.apex.core.cache.SemanticQuery;
import com.netra.apex.core.compression.CompressionResult;
import com.netra.apex.core.compression.PromptCompressor;
import com.netra.apex.core.routing.ModelRouter;
import com.netra.apex.core.routing.RoutingDecision;
import com.netra.apex.core.savings.HoldoutSampler;
import com.netra.apex.core.usage.TokenCounter;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The optimization pipeline's decisions for an OpenAI-format chat request, in order: the holdout draw,
 * cacheability and cache keys (on the caller's request as sent), compression, then routing. Pure: no I/O.
 */
public final class ChatOptimizer {

    private final ModelRouter router;

    public ChatOptimizer(ModelRouter router) {
        this.router = router;
    }

    /**
     * @param inputCostUsd the price of N input tokens at the requested model, or null when unpriced
     *                     (only called when the tenant set a cost ceiling)
     */
    public ChatPlan plan(OptimizationPolicy policy, Caller caller, ObjectNode request, String requestedModel,
                         LongFunction<BigDecimal> inputCostUsd) {
        boolean inHoldout = HoldoutSampler.inHoldout(caller.requestId(), policy.holdoutFraction());
        OptimizationPolicy effective = inHoldout ? policy.unoptimized() : policy;
        OptimizationPolicy.CachePolicy cache = effective.cache();
        Optional<String> notCacheable = cache.exact() || cache.semantic()
                ? ChatCacheKeys.notCacheable(request, cache.maxTemperature()) : Optional.of("caching is off");
        String exactKey = notCacheable.isEmpty() && cache.exact() ? ChatCacheKeys.exact(request) : null;
        SemanticQuery semantic = notCacheable.isEmpty() && cache.semantic()
                ? ChatCacheKeys.semantic(request).orElse(null) : null;
        CompressionResult compression = new PromptCompressor(effective.historyWindow())
                .compressChat(request, effective.compression());
        RoutingDecision routing = route(effective, caller, requestedModel, request, inputCostUsd);
        return new ChatPlan(effective, inHoldout, exactKey, semantic, notCacheable.orElse(null), compression, routing);
    }

    /**
     * The plan for an Anthropic-format {@code /v1/messages} request: the holdout draw and compression. The
     * answer cache and routing serve the OpenAI-format endpoint; Anthropic callers keep their model and
     * their own cache breakpoints.
     */
    public ChatPlan planMessages(OptimizationPolicy policy, Caller caller, ObjectNode request, String requestedModel) {
        boolean inHoldout = HoldoutSampler.inHoldout(caller.requestId(), policy.holdoutFraction());
        OptimizationPolicy effective = inHoldout ? policy.unoptimized() : policy;
        CompressionResult compression = new PromptCompressor(effective.historyWindow())
                .compressMessages(request, effective.compression());
        return new ChatPlan(effective, inHoldout, null, null, "the answer cache serves /v1/chat/completions",
                compression, RoutingDecision.unchanged(requestedModel));
    }

    private RoutingDecision route(OptimizationPolicy policy, Caller caller, String requestedModel, ObjectNode request,
                                  LongFunction<BigDecimal> inputCostUsd) {
        if (!policy.routing().enabled()) {
            return RoutingDecision.unchanged(requestedModel);
        }
        BigDecimal inputCost = policy.routing().maxInputCostUsd() == null ? null
                : inputCostUsd.apply(TokenCounter.count(request.path("messages").toString()));
        return router.decide(policy.routing(), caller.keyId(), caller.tags(), requestedModel, lastUserText(request),
                inputCost);
    }

    private static String lastUserText(ObjectNode request) {
        JsonNode messages = request.path("messages");
        for (int i = messages.size() - 1; i >= 0; i--) {
            String text = ChatCacheKeys.userText(messages.get(i));
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
