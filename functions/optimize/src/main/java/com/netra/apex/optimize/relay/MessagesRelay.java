package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.errors.GatewayError;
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
import java.time.Clock;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * {@code POST /v1/messages}: Anthropic-format requests to Anthropic, passed through byte for byte
 * ({@code cache_control} and beta fields included) and metered from Anthropic's own usage.
 */
public final class MessagesRelay {

    private final RelayRequests requests;
    private final UpstreamClient upstream;
    private final ResilientUpstream resilient;
    private final Meter meter;
    private final StreamRelay streams;
    private final Clock clock;

    public MessagesRelay(RelayServices services) {
        this.requests = services.requests();
        this.upstream = services.upstream();
        this.resilient = services.resilient();
        this.meter = services.meter();
        this.clock = services.clock();
        this.streams = new StreamRelay(services.meter());
    }

    /** {@code version} and {@code beta} are the caller's anthropic-version and anthropic-beta headers. */
    public Mono<RelayResult> handle(Principal principal, byte[] body, String version, String beta) {
        return Mono.defer(() -> relay(principal, body, version, beta))
                .onErrorResume(GatewayException.class, e -> Failures.rejected(meter, clock, principal, "messages", e));
    }

    private Mono<RelayResult> relay(Principal principal, byte[] body, String version, String beta) {
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
        Mono<RelayResult> result = resilient.call(chain, route -> {
            UpstreamTarget target = UpstreamTarget.anthropicMessages(route, version, beta);
            byte[] out = route.upstreamModel().equals(model) ? body : requests.bytes(request.deepCopy().put("model", route.upstreamModel()));
            return stream ? upstream.stream(target, out, route.provider().readTimeout()).flatMap(Failures::collectErrorBody)
                    : upstream.send(target, out, route.provider().readTimeout()).map(r -> new UpstreamStream(r.status(), r.headers(), reactor.core.publisher.Flux.just(r.body())));
        }, UpstreamStream::status).flatMap(served -> stream && served.reply().ok()
                ? Mono.just(relayStream(ctx, request, served))
                : served.reply().body().next().defaultIfEmpty(new byte[0])
                    .flatMap(bytes -> answer(ctx, served.route(), new UpstreamReply(served.reply().status(), served.reply().headers(), bytes))));
        return result.onErrorResume(UpstreamFailure.class, f -> Failures.meterAndRender(meter, ctx, f, GatewayError::toAnthropicJson));
    }

    private RelayResult relayStream(RequestContext ctx, ObjectNode request, Served<UpstreamStream> served) {
        return new RelayResult.Sse(ctx.requestId(), served.reply().headers(), streams.relay(ctx, served.route(),
                served.reply(), new AnthropicStreamTap(requests.json()), served.route().provider().readTimeout(),
                () -> RelayRequests.promptEstimate(request), error -> new SseOut("error", error.toAnthropicJson())));
    }

    private Mono<RelayResult> answer(RequestContext ctx, Route route, UpstreamReply reply) {
        JsonNode parsed = reply.ok() ? requests.tryParse(reply.body()).orElse(null) : null;
        TokenUsage tokens = parsed == null ? TokenUsage.NONE : UsageExtraction.anthropic(parsed.get("usage"));
        String servedModel = parsed == null ? null : parsed.path("model").asText(null);
        String outcome = reply.ok() ? UsageRecord.COMPLETED : UsageRecord.UPSTREAM_ERROR;
        RelayResult result = new RelayResult.Json(ctx.requestId(), reply.status(), reply.headers(), reply.body());
        return Failures.afterRecord(meter.record(ctx, new Meter.Outcome(route, servedModel, tokens, reply.status(), outcome, -1)), result);
    }

}
