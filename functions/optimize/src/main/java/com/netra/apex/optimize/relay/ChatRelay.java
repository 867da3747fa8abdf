package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.cache.CachedAnswer;
import com.netra.apex.core.cache.ChatCacheKeys;
import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.optimize.ChatPlan;
import com.netra.apex.core.promptcache.PromptCachePlanner;
import com.netra.apex.core.protocol.AnthropicToOpenAiResponse;
import com.netra.apex.core.protocol.AnthropicToOpenAiStream;
import com.netra.apex.core.protocol.OpenAiToAnthropicRequest;
import com.netra.apex.core.protocol.UsageExtraction;
import com.netra.apex.core.providers.ProviderKind;
import com.netra.apex.core.providers.Route;
import com.netra.apex.core.providers.UpstreamTarget;
import com.netra.apex.core.tenancy.Principal;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.optimize.upstream.ResilientUpstream;
import com.netra.apex.optimize.upstream.Served;
import com.netra.apex.optimize.upstream.UpstreamClient;
import com.netra.apex.optimize.upstream.UpstreamFailure;
import com.netra.apex.optimize.upstream.UpstreamReply;
import com.netra.apex.optimize.upstream.UpstreamStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * {@code POST /v1/chat/completions}: OpenAI-format chat to any provider, through the optimization
 * pipeline (cache, compression, routing, provider prompt caching). OpenAI-speaking providers get the
 * caller's bytes unchanged where nothing was optimized; Anthropic models are translated there and back.
 */
public final class ChatRelay {

    private final RelayRequests requests;
    private final UpstreamClient upstream;
    private final ResilientUpstream resilient;
    private final Meter meter;
    private final StreamRelay streams;
    private final Clock clock;
    private final ChatOptimization optimization;
    private final CacheHits hits;
    private final PromptCachePlanner promptCache;

    public ChatRelay(RelayServices services, ChatOptimization optimization, PromptCachePlanner promptCache) {
        this.requests = services.requests();
        this.upstream = services.upstream();
        this.resilient = services.resilient();
        this.meter = services.meter();
        this.clock = services.clock();
        this.streams = new StreamRelay(services.meter());
        this.optimization = optimization;
        this.hits = new CacheHits(requests.json(), meter, clock);
        this.promptCache = promptCache;
    }

    /** @param apexHeaders the request's {@code x-apex-*} headers, names in lower case */
    public Mono<RelayResult> handle(Principal principal, Map<String, String> apexHeaders, byte[] body) {
        return Mono.defer(() -> relay(principal, apexHeaders, body))
                .onErrorResume(GatewayException.class, e -> Failures.rejected(meter, clock, principal, "chat.completions", e));
    }

    private Mono<RelayResult> relay(Principal principal, Map<String, String> apexHeaders, byte[] body) {
        ObjectNode request = requests.parseObject(body);
        String model = requests.model(request);
        List<Route> requested = requests.routes(model, principal);
        boolean stream = request.path("stream").asBoolean(false);
        RequestContext ctx = RequestContext.start(principal, "chat.completions", model, stream, clock.instant());
        BaselinePrice baseline = BaselinePrice.of(requested.get(0));
        Mono<RelayResult> result = optimization.plan(ctx, apexHeaders, request, requested.get(0))
                .flatMap(plan -> optimization.lookup(ctx, plan).flatMap(found -> found.hit().isPresent()
                        ? hits.serve(ctx, found.hit().get(), stream, includeUsage(request), baseline)
                        : forward(new ChatForward(ctx, plan, found.probe(), body, chain(ctx, plan, requested), baseline))));
        return result.onErrorResume(UpstreamFailure.class, f ->
                Failures.meterAndRender(meter, ctx, f, GatewayError::toOpenAiJson));
    }

    /** The routed model's chain; a routing target the gateway cannot serve falls back to the caller's model. */
    private List<Route> chain(RequestContext ctx, ChatPlan plan, List<Route> requested) {
        List<Route> chain = requested;
        if (plan.routing().routed()) {
            try {
                chain = requests.routes(plan.routing().model(), ctx.principal());
            } catch (GatewayException unknownTarget) {
                ChatForward.LOG.warn("Routing target '{}' is not servable ({}); request {} stays on '{}'",
                        plan.routing().model(), unknownTarget.error().message(), ctx.requestId(), ctx.requestedModel());
            }
        }
        if (plan.outgoing().path("n").asInt(1) > 1 && chain.get(0).provider().kind() == ProviderKind.ANTHROPIC) {
            throw new GatewayException(GatewayError.badRequest("unsupported_parameter", "n > 1 is not supported for Anthropic models; send n separate requests."));
        }
        return chain;
    }

    private Mono<RelayResult> forward(ChatForward f) {
        return f.ctx().streamed() ? stream(f) : complete(f);
    }

    private Mono<RelayResult> complete(ChatForward f) {
        return resilient.call(f.chain(), route -> upstream.send(target(route), body(route, f, false),
                        route.provider().readTimeout()), UpstreamReply::status)
                .flatMap(served -> answer(f, served));
    }

    private Mono<RelayResult> answer(ChatForward f, Served<UpstreamReply> served) {
        RequestContext ctx = f.ctx();
        Route route = served.route();
        UpstreamReply reply = served.reply();
        boolean anthropic = route.provider().kind() == ProviderKind.ANTHROPIC;
        JsonNode parsed = requests.tryParse(reply.body()).orElse(null);
        byte[] out = reply.body();
        TokenUsage tokens = TokenUsage.NONE;
        String servedModel = null;
        if (parsed != null && reply.ok()) {
            servedModel = parsed.path("model").asText(null);
            tokens = anthropic ? AnthropicToOpenAiResponse.tokenUsage(parsed) : UsageExtraction.openAi(parsed.get("usage"));
            JsonNode completion = anthropic ? AnthropicToOpenAiResponse.translate(parsed, ctx.requestedModel(), clock.instant().getEpochSecond()) : parsed;
            if (anthropic) {
                out = requests.bytes(completion);
            }
            if (ChatCacheKeys.answerCacheable(completion)) {
                optimization.store(ctx, f.plan(), f.probe(), answerToCache(f, route, servedModel, tokens, out));
            }
        } else if (anthropic) {
            out = Failures.anthropicToOpenAiError(reply.status(), parsed, reply.body()).getBytes(StandardCharsets.UTF_8);
        }
        String outcome = reply.ok() ? UsageRecord.COMPLETED : UsageRecord.UPSTREAM_ERROR;
        RelayResult result = new RelayResult.Json(ctx.requestId(), reply.status(), f.responseHeaders(reply.headers()), out);
        return Failures.afterRecord(meter.record(ctx, new Meter.Outcome(route, servedModel, tokens, reply.status(), outcome, -1),
                f.optimized()), result);
    }

    private CachedAnswer answerToCache(ChatForward f, Route route, String servedModel, TokenUsage tokens, byte[] body) {
        return new CachedAnswer(body, route.provider().name(), servedModel != null ? servedModel : route.upstreamModel(),
                tokens, clock.instant(), f.plan().semantic() == null ? null : f.plan().semantic().text());
    }

    private Mono<RelayResult> stream(ChatForward f) {
        RequestContext ctx = f.ctx();
        ObjectNode request = f.plan().outgoing();
        boolean callerAskedForUsage = includeUsage(request);
        return resilient.call(f.chain(), route -> upstream.stream(target(route), body(route, f, true),
                                route.provider().readTimeout()).flatMap(Failures::collectErrorBody),
                        UpstreamStream::status)
                .flatMap(served -> {
                    UpstreamStream reply = served.reply();
                    Route route = served.route();
                    if (!reply.ok()) {
                        return reply.body().next().defaultIfEmpty(new byte[0])
                                .map(bytes -> new UpstreamReply(reply.status(), reply.headers(), bytes))
                                .flatMap(r -> answer(f, new Served<>(route, r, served.attempts())));
                    }
                    StreamTap tap = route.provider().kind() == ProviderKind.ANTHROPIC
                            ? new TranslatedStreamTap(new AnthropicToOpenAiStream(ctx.requestedModel(),
                                clock.instant().getEpochSecond(), callerAskedForUsage), new AnthropicStreamTap(requests.json()))
                            : new OpenAiStreamTap(requests.json(), callerAskedForUsage);
                    if (ChatOptimization.stores(f.plan(), f.probe())) {
                        tap = new CachingStreamTap(tap, requests.json(), (completion, tokens) -> optimization.store(ctx,
                                f.plan(), f.probe(), answerToCache(f, route, completion.path("model").asText(null), tokens,
                                        requests.bytes(completion))));
                    }
                    return Mono.just(new RelayResult.Sse(ctx.requestId(), f.responseHeaders(reply.headers()),
                            streams.relay(ctx, route, reply, tap, route.provider().readTimeout(),
                                    () -> RelayRequests.promptEstimate(request),
                                    error -> new SseOut(null, error.toOpenAiJson()), f.optimized())));
                });
    }

    private static boolean includeUsage(ObjectNode request) {
        return request.path("stream_options").path("include_usage").asBoolean(false);
    }

    private static UpstreamTarget target(Route route) {
        return route.provider().kind() == ProviderKind.ANTHROPIC
                ? UpstreamTarget.anthropicMessages(route, null, null)
                : UpstreamTarget.openAiOperation(route, "chat/completions");
    }

    /** The caller's bytes when nothing needs changing; otherwise the (optimized) request adapted to the route. */
    private byte[] body(Route route, ChatForward f, boolean stream) {
        ObjectNode request = f.plan().outgoing();
        String tenant = f.ctx().principal().tenantId();
        boolean promptCaching = f.plan().policy().promptCaching();
        if (route.provider().kind() == ProviderKind.ANTHROPIC) {
            try {
                ObjectNode translated = OpenAiToAnthropicRequest.translate(request, route.upstreamModel());
                f.promptCacheAdded().set(promptCaching && promptCache.applyAnthropic(translated, tenant, route.upstreamModel()));
                return requests.bytes(translated);
            } catch (IllegalArgumentException e) {
                throw new GatewayException(GatewayError.badRequest("untranslatable_request", e.getMessage()));
            }
        }
        f.promptCacheAdded().set(false);
        Optional<String> cacheKey = promptCaching && route.provider().kind() == ProviderKind.OPENAI
                ? promptCache.openAiCacheKey(request, tenant) : Optional.empty();
        if (!stream && cacheKey.isEmpty() && !f.plan().compression().changed()
                && route.upstreamModel().equals(request.path("model").asText())) {
            return f.original();
        }
        ObjectNode copy = request.deepCopy();
        copy.put("model", route.upstreamModel());
        cacheKey.ifPresent(key -> copy.put("prompt_cache_key", key));
        if (stream) {
            // Ask for usage even if the caller did not, so streams are metered from the provider's own count.
            copy.withObject("/stream_options").put("include_usage", true);
        }
        return requests.bytes(copy);
    }
}
