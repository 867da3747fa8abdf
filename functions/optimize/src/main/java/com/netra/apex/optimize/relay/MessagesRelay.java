package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.protocol.UsageExtraction;
import com.netra.apex.core.promptcache.PromptCachePlanner;
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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code POST /v1/messages}: Anthropic-format requests to Anthropic, metered from Anthropic's own usage.
 * Passed through byte for byte ({@code cache_control} and beta fields included) unless the tenant's
 * compression changed the prompt or a prompt-cache breakpoint pays (see {@link PromptCachePlanner}).
 */
public final class MessagesRelay {

    private final RelayRequests requests;
    private final UpstreamClient upstream;
    private final ResilientUpstream resilient;
    private final Meter meter;
    private final StreamRelay streams;
    private final Clock clock;
    private final ChatOptimization optimization;
    private final PromptCachePlanner promptCache;

    public MessagesRelay(RelayServices services, ChatOptimization optimization, PromptCachePlanner promptCache) {
        this.optimization = optimization;
        this.promptCache = promptCache;
        this.requests = services.requests();
        this.upstream = services.upstream();
        this.resilient = services.resilient();
        this.meter = services.meter();
        this.clock = services.clock();
        this.streams = new StreamRelay(services.meter());
    }

    /** {@code version} and {@code beta} are the caller's anthropic-version and anthropic-beta headers. */
    public Mono<RelayResult> handle(Principal principal, Map<String, String> apexHeaders, byte[] body, String version, String beta) {
        return Mono.defer(() -> relay(principal, apexHeaders, body, version, beta))
                .onErrorResume(GatewayException.class, e -> Failures.rejected(meter, clock, principal, "messages", e));
    }

    private Mono<RelayResult> relay(Principal principal, Map<String, String> apexHeaders, byte[] body, String version, String beta) {
        ObjectNode request = requests.parseObject(body);
        String model = requests.model(request);
        List<Route> chain = requests.routes(model, principal).stream()
                .filter(r -> r.provider().kind() == ProviderKind.ANTHROPIC).toList();
        if (chain.isEmpty()) {
            throw new GatewayException(GatewayError.badRequest("wrong_endpoint", "/v1/messages serves Anthropic models; '"
                    + model + "' is not one. Call it through /v1/chat/completions instead."));
        }
        boolean stream = request.path("stream").asBoolean(false);
        RequestContext ctx = RequestContext.start(principal, "messages", model, stream, clock.instant());
        BaselinePrice baseline = BaselinePrice.of(chain.get(0));
        Mono<RelayResult> result = optimization.planMessages(ctx, apexHeaders, request)
                .flatMap(plan -> forward(ctx, new ChatForward(ctx, plan, null, body, chain, baseline), version, beta));
        return result.onErrorResume(UpstreamFailure.class, f -> Failures.meterAndRender(meter, ctx, f, GatewayError::toAnthropicJson));
    }

    private Mono<RelayResult> forward(RequestContext ctx, ChatForward f, String version, String beta) {
        return resilient.call(f.chain(), route -> {
            UpstreamTarget target = UpstreamTarget.anthropicMessages(route, version, beta);
            byte[] out = body(route, f);
            return ctx.streamed() ? upstream.stream(target, out, route.provider().readTimeout()).flatMap(Failures::collectErrorBody)
                    : upstream.send(target, out, route.provider().readTimeout()).map(r -> new UpstreamStream(r.status(), r.headers(), Flux.just(r.body())));
        }, UpstreamStream::status).flatMap(served -> ctx.streamed() && served.reply().ok()
                ? Mono.just(relayStream(f, served))
                : served.reply().body().next().defaultIfEmpty(new byte[0])
                    .flatMap(bytes -> answer(f, served.route(), new UpstreamReply(served.reply().status(), served.reply().headers(), bytes))));
    }

    /** The caller's bytes unless the model, compression or a prompt-cache breakpoint changed the request. */
    private byte[] body(Route route, ChatForward f) {
        ObjectNode request = f.plan().outgoing();
        boolean breakpoint = f.plan().policy().promptCaching()
                && promptCache.breakpointPays(request, f.ctx().principal().tenantId(), route.upstreamModel());
        if (!breakpoint && !f.plan().compression().changed() && route.upstreamModel().equals(f.ctx().requestedModel())) {
            f.promptCacheAdded().set(false);
            return f.original();
        }
        // Copied only when something changes: the caller's request is never edited in place.
        ObjectNode copy = request.deepCopy();
        f.promptCacheAdded().set(breakpoint && PromptCachePlanner.markEndOfPrefix(copy));
        return requests.bytes(copy.put("model", route.upstreamModel()));
    }

    private RelayResult relayStream(ChatForward f, Served<UpstreamStream> served) {
        return new RelayResult.Sse(f.ctx().requestId(), f.responseHeaders(served.reply().headers()), streams.relay(f.ctx(),
                served.route(), served.reply(), new AnthropicStreamTap(requests.json()), served.route().provider().readTimeout(),
                () -> RelayRequests.promptEstimate(f.plan().outgoing()), error -> new SseOut("error", error.toAnthropicJson()),
                f.optimized()));
    }

    private Mono<RelayResult> answer(ChatForward f, Route route, UpstreamReply reply) {
        RequestContext ctx = f.ctx();
        JsonNode parsed = reply.ok() ? requests.tryParse(reply.body()).orElse(null) : null;
        TokenUsage tokens = parsed == null ? TokenUsage.NONE : UsageExtraction.anthropic(parsed.get("usage"));
        String servedModel = parsed == null ? null : parsed.path("model").asText(null);
        String outcome = reply.ok() ? UsageRecord.COMPLETED : UsageRecord.UPSTREAM_ERROR;
        RelayResult result = new RelayResult.Json(ctx.requestId(), reply.status(), f.responseHeaders(reply.headers()), reply.body());
        return Failures.afterRecord(meter.record(ctx, new Meter.Outcome(route, servedModel, tokens, reply.status(), outcome, -1),
                f.optimized()), result);
    }

}
