package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.errors.GatewayError;
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
import reactor.core.publisher.Mono;

/**
 * {@code POST /v1/chat/completions}: OpenAI-format chat to any provider. OpenAI-speaking providers get
 * the caller's bytes unchanged where possible; Anthropic models are translated there and back.
 */
public final class ChatRelay {

    private final RelayRequests requests;
    private final UpstreamClient upstream;
    private final ResilientUpstream resilient;
    private final Meter meter;
    private final StreamRelay streams;
    private final Clock clock;

    public ChatRelay(RelayServices services) {
        this.requests = services.requests();
        this.upstream = services.upstream();
        this.resilient = services.resilient();
        this.meter = services.meter();
        this.clock = services.clock();
        this.streams = new StreamRelay(services.meter());
    }

    public Mono<RelayResult> handle(Principal principal, byte[] body) {
        return Mono.defer(() -> relay(principal, body))
                .onErrorResume(GatewayException.class, e -> Failures.rejected(meter, clock, principal, "chat.completions", e));
    }

    private Mono<RelayResult> relay(Principal principal, byte[] body) {
        ObjectNode request = requests.parseObject(body);
        String model = requests.model(request);
        List<Route> chain = requests.routes(model, principal);
        boolean stream = request.path("stream").asBoolean(false);
        if (request.path("n").asInt(1) > 1 && chain.get(0).provider().kind() == ProviderKind.ANTHROPIC) {
            throw new GatewayException(GatewayError.badRequest("unsupported_parameter", "n > 1 is not supported for Anthropic models; send n separate requests."));
        }
        RequestContext ctx = RequestContext.start(principal, "chat.completions", model, stream, clock.instant());
        Mono<RelayResult> result = stream ? stream(ctx, request, chain) : complete(ctx, request, body, chain);
        return result.onErrorResume(UpstreamFailure.class, f ->
                Failures.meterAndRender(meter, ctx, f, GatewayError::toOpenAiJson));
    }

    private Mono<RelayResult> complete(RequestContext ctx, ObjectNode request, byte[] original, List<Route> chain) {
        return resilient.call(chain, route -> upstream.send(target(route), body(route, request, original, false),
                        route.provider().readTimeout()), UpstreamReply::status)
                .flatMap(served -> answer(ctx, served));
    }

    private Mono<RelayResult> answer(RequestContext ctx, Served<UpstreamReply> served) {
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
            if (anthropic) {
                out = requests.bytes(AnthropicToOpenAiResponse.translate(parsed, ctx.requestedModel(), clock.instant().getEpochSecond()));
            }
        } else if (anthropic) {
            out = Failures.anthropicToOpenAiError(reply.status(), parsed, reply.body()).getBytes(StandardCharsets.UTF_8);
        }
        String outcome = reply.ok() ? UsageRecord.COMPLETED : UsageRecord.UPSTREAM_ERROR;
        RelayResult result = new RelayResult.Json(ctx.requestId(), reply.status(), reply.headers(), out);
        return Failures.afterRecord(meter.record(ctx, new Meter.Outcome(route, servedModel, tokens, reply.status(), outcome, -1)), result);
    }

    private Mono<RelayResult> stream(RequestContext ctx, ObjectNode request, List<Route> chain) {
        boolean callerAskedForUsage = request.path("stream_options").path("include_usage").asBoolean(false);
        return resilient.call(chain, route -> upstream.stream(target(route), body(route, request, null, true),
                                route.provider().readTimeout()).flatMap(Failures::collectErrorBody),
                        UpstreamStream::status)
                .flatMap(served -> {
                    UpstreamStream reply = served.reply();
                    Route route = served.route();
                    if (!reply.ok()) {
                        return reply.body().next().defaultIfEmpty(new byte[0])
                                .map(bytes -> new UpstreamReply(reply.status(), reply.headers(), bytes))
                                .flatMap(r -> answer(ctx, new Served<>(route, r, served.attempts())));
                    }
                    StreamTap tap = route.provider().kind() == ProviderKind.ANTHROPIC
                            ? new TranslatedStreamTap(new AnthropicToOpenAiStream(ctx.requestedModel(),
                                clock.instant().getEpochSecond(), callerAskedForUsage), new AnthropicStreamTap(requests.json()))
                            : new OpenAiStreamTap(requests.json(), callerAskedForUsage);
                    return Mono.just(new RelayResult.Sse(ctx.requestId(), reply.headers(),
                            streams.relay(ctx, route, reply, tap, route.provider().readTimeout(),
                                    () -> RelayRequests.promptEstimate(request),
                                    error -> new SseOut(null, error.toOpenAiJson()))));
                });
    }

    private static UpstreamTarget target(Route route) {
        return route.provider().kind() == ProviderKind.ANTHROPIC
                ? UpstreamTarget.anthropicMessages(route, null, null)
                : UpstreamTarget.openAiOperation(route, "chat/completions");
    }

    /** The caller's bytes when nothing needs changing; otherwise the request adapted to the route. */
    private byte[] body(Route route, ObjectNode request, byte[] original, boolean stream) {
        if (route.provider().kind() == ProviderKind.ANTHROPIC) {
            try {
                return requests.bytes(OpenAiToAnthropicRequest.translate(request, route.upstreamModel()));
            } catch (IllegalArgumentException e) {
                throw new GatewayException(GatewayError.badRequest("untranslatable_request", e.getMessage()));
            }
        }
        if (!stream && original != null && route.upstreamModel().equals(request.path("model").asText())) {
            return original;
        }
        ObjectNode copy = request.deepCopy();
        copy.put("model", route.upstreamModel());
        if (stream) {
            // Ask for usage even if the caller did not, so streams are metered from the provider's own count.
            copy.withObject("/stream_options").put("include_usage", true);
        }
        return requests.bytes(copy);
    }
}
