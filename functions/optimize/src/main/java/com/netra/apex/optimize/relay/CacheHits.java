package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.optimize.ResponseCaching;
import com.netra.apex.core.protocol.ChatCompletionReplay;
import com.netra.apex.core.savings.SavingsCause;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers a chat request from Apex's cache: the cached completion under a fresh id, or for a streaming
 * caller the same answer as a proper event stream. Metered like any request, at zero cost.
 */
final class CacheHits {

    private final ObjectMapper json;
    private final ChatCompletionReplay replay;
    private final Meter meter;
    private final Clock clock;

    CacheHits(ObjectMapper json, Meter meter, Clock clock) {
        this.json = json;
        this.replay = new ChatCompletionReplay(json);
        this.meter = meter;
        this.clock = clock;
    }

    static Map<String, String> headers(ResponseCaching.Hit hit) {
        return Map.of("x-apex-cache", hit.cause() == SavingsCause.EXACT_CACHE ? "hit-exact" : "hit-semantic");
    }

    Mono<RelayResult> serve(RequestContext ctx, ResponseCaching.Hit hit, boolean stream, boolean includeUsage,
                            BaselinePrice baseline) {
        JsonNode cached = parse(hit.answer().body());
        String id = "chatcmpl-" + ctx.requestId();
        long created = clock.instant().getEpochSecond();
        String model = cached.path("model").asText(ctx.requestedModel());
        if (!stream) {
            byte[] body = replay.completion(cached, id, created, model).toString().getBytes(StandardCharsets.UTF_8);
            RelayResult result = new RelayResult.Json(ctx.requestId(), 200, headers(hit), body);
            return Failures.afterRecord(meter.recordHit(ctx, hit, baseline, -1), result);
        }
        Flux<SseOut> events = Flux.fromIterable(replay.chunks(cached, id, created, model, includeUsage))
                .map(data -> new SseOut(null, data))
                .concatWith(Mono.just(SseOut.DONE))
                .concatWith(Mono.defer(() -> Mono.fromCompletionStage(
                        meter.recordHit(ctx, hit, baseline, ctx.elapsedMillis()))).then(Mono.empty()));
        return Mono.just(new RelayResult.Sse(ctx.requestId(), headers(hit), events));
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("a cached answer is not JSON", e);
        }
    }
}
