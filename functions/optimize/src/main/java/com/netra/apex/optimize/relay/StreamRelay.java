package com.netra.apex.optimize.relay;

import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.protocol.SseParser;
import com.netra.apex.core.providers.Route;
import com.netra.apex.core.usage.TokenCounter;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.optimize.upstream.UpstreamStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Relays a provider's event stream to the caller as it arrives (never buffered whole) and meters it
 * exactly once however it ends: completed, failed upstream, or abandoned by a caller who disconnected.
 */
public final class StreamRelay {

    private final Meter meter;

    public StreamRelay(Meter meter) {
        this.meter = meter;
    }

    /**
     * @param promptEstimate  tokens of the prompt, used only if the provider never reports usage
     * @param errorEvent      renders a mid-stream failure in the caller's format
     */
    public Flux<SseOut> relay(RequestContext ctx, Route route, UpstreamStream upstream, StreamTap tap,
                              Duration idleTimeout, Supplier<TokenUsage> promptEstimate,
                              Function<GatewayError, SseOut> errorEvent) {
        return relay(ctx, route, upstream, tap, idleTimeout, promptEstimate, errorEvent, Meter.Optimized.NONE);
    }

    /** As above, with what the optimization pipeline did, for the record's savings. */
    public Flux<SseOut> relay(RequestContext ctx, Route route, UpstreamStream upstream, StreamTap tap,
                              Duration idleTimeout, Supplier<TokenUsage> promptEstimate,
                              Function<GatewayError, SseOut> errorEvent, Meter.Optimized optimized) {
        SseParser parser = new SseParser();
        AtomicBoolean metered = new AtomicBoolean();
        long[] firstTokenMillis = {-1};
        Function<String, Mono<SseOut>> finish = outcome -> metered.compareAndSet(false, true)
                ? Mono.fromCompletionStage(() -> meter.record(ctx, outcome(ctx, route, tap, outcome, firstTokenMillis[0], promptEstimate), optimized))
                    .onErrorResume(e -> Mono.empty()).then(Mono.empty())
                : Mono.empty();

        Flux<SseOut> events = upstream.body()
                .timeout(idleTimeout)
                .concatMapIterable(chunk -> parser.feed(chunk))
                .concatWith(Flux.defer(() -> Flux.fromIterable(parser.finish())))
                .concatMapIterable(event -> {
                    List<SseOut> out = tap.onEvent(event);
                    if (firstTokenMillis[0] < 0 && tap.sawOutput()) {
                        firstTokenMillis[0] = ctx.elapsedMillis();
                    }
                    return out;
                })
                .concatWith(Flux.defer(() -> Flux.fromIterable(tap.onEnd())));

        return events
                .concatWith(Mono.defer(() -> finish.apply(UsageRecord.COMPLETED)))
                .onErrorResume(e -> Flux.just(errorEvent.apply(midStreamError(route, e, idleTimeout)))
                        .concatWith(Mono.defer(() -> finish.apply(UsageRecord.UPSTREAM_ERROR))))
                .doOnCancel(() -> finish.apply(UsageRecord.CLIENT_DISCONNECTED).subscribe());
    }

    private static Meter.Outcome outcome(RequestContext ctx, Route route, StreamTap tap, String outcome,
                                         long firstTokenMillis, Supplier<TokenUsage> promptEstimate) {
        TokenUsage tokens = tap.providerUsage();
        if (tokens == null) {
            TokenUsage prompt = tap.partialUsage() != null ? tap.partialUsage() : promptEstimate.get();
            tokens = new TokenUsage(prompt.input(), prompt.cachedInput(), prompt.cacheWrite(),
                    TokenCounter.count(tap.generatedText()));
        }
        int status = UsageRecord.UPSTREAM_ERROR.equals(outcome) ? 502 : 200;
        return new Meter.Outcome(route, tap.servedModel(), tokens, status, outcome, firstTokenMillis);
    }

    private static GatewayError midStreamError(Route route, Throwable e, Duration idleTimeout) {
        String provider = route.provider().name();
        if (e instanceof TimeoutException) {
            return GatewayError.gatewayTimeout("Provider '" + provider + "' sent nothing for " + idleTimeout.toSeconds()
                    + " s in the middle of the stream; the response is incomplete.");
        }
        return GatewayError.badGateway("The stream from provider '" + provider + "' broke off ("
                + e.getClass().getSimpleName() + "); the response is incomplete.");
    }
}
