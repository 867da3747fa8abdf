package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.protocol.UsageExtraction;
import com.netra.apex.core.providers.Route;
import com.netra.apex.core.providers.UpstreamTarget;
import com.netra.apex.core.tenancy.Principal;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.optimize.upstream.ResilientUpstream;
import com.netra.apex.optimize.upstream.UpstreamClient;
import com.netra.apex.optimize.upstream.UpstreamFailure;
import com.netra.apex.optimize.upstream.UpstreamReply;
import java.time.Clock;
import java.util.List;
import reactor.core.publisher.Mono;

/** {@code POST /v1/embeddings}: OpenAI-format embeddings to OpenAI-speaking providers, metered. */
public final class EmbeddingsRelay {

    private final RelayRequests requests;
    private final UpstreamClient upstream;
    private final ResilientUpstream resilient;
    private final Meter meter;
    private final Clock clock;

    public EmbeddingsRelay(RelayServices services) {
        this.requests = services.requests();
        this.upstream = services.upstream();
        this.resilient = services.resilient();
        this.meter = services.meter();
        this.clock = services.clock();
    }

    public Mono<RelayResult> handle(Principal principal, byte[] body) {
        return Mono.defer(() -> relay(principal, body))
                .onErrorResume(GatewayException.class, e -> Failures.rejected(meter, clock, principal, "embeddings", e));
    }

    private Mono<RelayResult> relay(Principal principal, byte[] body) {
        ObjectNode request = requests.parseObject(body);
        String model = requests.model(request);
        List<Route> chain = requests.routes(model, principal).stream().filter(r -> r.provider().kind().speaksOpenAi()).toList();
        if (chain.isEmpty()) {
            throw new GatewayException(GatewayError.badRequest("unsupported_model",
                    "'" + model + "' has no embeddings endpoint; use an OpenAI or OpenAI-compatible embedding model."));
        }
        RequestContext ctx = RequestContext.start(principal, "embeddings", model, false, clock.instant());
        return resilient.call(chain, route -> upstream.send(UpstreamTarget.openAiOperation(route, "embeddings"),
                        route.upstreamModel().equals(model) ? body : requests.bytes(request.deepCopy().put("model", route.upstreamModel())),
                        route.provider().readTimeout()), UpstreamReply::status)
                .flatMap(served -> {
                    UpstreamReply reply = served.reply();
                    JsonNode parsed = reply.ok() ? requests.tryParse(reply.body()).orElse(null) : null;
                    TokenUsage tokens = parsed == null ? TokenUsage.NONE : UsageExtraction.openAi(parsed.get("usage"));
                    String servedModel = parsed == null ? null : parsed.path("model").asText(null);
                    String outcome = reply.ok() ? UsageRecord.COMPLETED : UsageRecord.UPSTREAM_ERROR;
                    return Failures.afterRecord(meter.record(ctx, new Meter.Outcome(served.route(), servedModel, tokens,
                            reply.status(), outcome, -1)), new RelayResult.Json(ctx.requestId(), reply.status(), reply.headers(), reply.body()));
                })
                .onErrorResume(UpstreamFailure.class, f -> Failures.meterAndRender(meter, ctx, f, GatewayError::toOpenAiJson));
    }
}
