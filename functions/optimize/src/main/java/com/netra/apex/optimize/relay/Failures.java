package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.tenancy.Principal;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.optimize.upstream.UpstreamFailure;
import com.netra.apex.optimize.upstream.UpstreamStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** How the relays answer and meter failures; a failed request is metered like any other. */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** Every route failed without an answer: record it, then tell the caller in their format. */
    static Mono<RelayResult> meterAndRender(Meter meter, RequestContext ctx, UpstreamFailure failure,
                                            Function<GatewayError, String> render) {
        GatewayError error = failure.error();
        RelayResult result = new RelayResult.Json(ctx.requestId(), error.status(), Map.of(),
                render.apply(error).getBytes(StandardCharsets.UTF_8));
        return afterRecord(meter.record(ctx, new Meter.Outcome(failure.lastRoute(), null, TokenUsage.NONE,
                error.status(), UsageRecord.UPSTREAM_ERROR, -1)), result);
    }

    /** A request refused before any provider call (bad JSON, unknown model): metered too, then answered. */
    static Mono<RelayResult> rejected(Meter meter, Clock clock, Principal principal,
                                      String endpoint, GatewayException rejection) {
        RequestContext ctx = RequestContext.start(principal, endpoint, null, false, clock.instant());
        Meter.Outcome outcome = new Meter.Outcome(null, null, TokenUsage.NONE, rejection.error().status(), UsageRecord.REJECTED, -1);
        return Mono.fromCompletionStage(meter.record(ctx, outcome)).onErrorResume(e -> Mono.empty()).then(Mono.error(rejection));
    }

    /** Answers once the usage record is safe; a store failure is logged, never turned into a failed call. */
    static Mono<RelayResult> afterRecord(CompletionStage<Void> recorded, RelayResult result) {
        return Mono.fromCompletionStage(recorded)
                .onErrorResume(e -> {
                    LOG.error("Usage record for request {} could not be stored: {}", result.requestId(), e.toString());
                    return Mono.empty();
                })
                .thenReturn(result);
    }

    /** A non-2xx stream carries a JSON error, not events: read it whole so it can be retried or returned. */
    static Mono<UpstreamStream> collectErrorBody(UpstreamStream stream) {
        if (stream.ok()) {
            return Mono.just(stream);
        }
        return stream.body().collect(ByteArrayOutputStream::new, (buf, chunk) -> buf.write(chunk, 0, chunk.length))
                .map(buf -> new UpstreamStream(stream.status(), stream.headers(), Flux.just(buf.toByteArray())));
    }

    /** Anthropic's error body re-expressed in OpenAI's error format for an OpenAI-format caller. */
    static String anthropicToOpenAiError(int status, JsonNode parsed, byte[] raw) {
        JsonNode error = parsed == null ? null : parsed.path("error");
        String message = error != null && error.hasNonNull("message") ? error.get("message").asText()
                : "Provider answered " + status + ": " + new String(raw, StandardCharsets.UTF_8);
        String type = error != null && error.hasNonNull("type") ? error.get("type").asText() : "upstream_error";
        return new GatewayError(status, type, type, message).toOpenAiJson();
    }
}
