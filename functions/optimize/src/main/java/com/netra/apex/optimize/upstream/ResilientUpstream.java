package com.netra.apex.optimize.upstream;

import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.providers.Route;
import com.netra.apex.core.resilience.Backoff;
import com.netra.apex.core.resilience.CircuitBreaker;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import reactor.core.publisher.Mono;

/**
 * Calls a chain of routes (the requested model, then its fallbacks): retries 429/5xx and connection
 * errors with jittered backoff, skips providers whose circuit is open, and passes a provider's
 * non-retryable answer (a 400, say) straight back. Used before any byte reaches the caller, so a
 * retry can never duplicate streamed output.
 */
public final class ResilientUpstream {

    private final Backoff backoff;
    private final int failureThreshold;
    private final Duration openFor;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    public ResilientUpstream(Backoff backoff, int failureThreshold, Duration openFor) {
        this.backoff = backoff;
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
    }

    /** Runs {@code call} along the chain; {@code status} reads the HTTP status from a reply. */
    public <R> Mono<Served<R>> call(List<Route> chain, Function<Route, Mono<R>> call, ToIntFunction<R> status) {
        return attempt(chain, 0, 1, call, status, null);
    }

    public CircuitBreaker breaker(String provider) {
        return breakers.computeIfAbsent(provider, p -> new CircuitBreaker(failureThreshold, openFor));
    }

    private <R> Mono<Served<R>> attempt(List<Route> chain, int index, int attemptNo, Function<Route, Mono<R>> call,
                                        ToIntFunction<R> status, Served<R> lastAnswer) {
        if (index >= chain.size()) {
            return lastAnswer != null ? Mono.just(lastAnswer) : Mono.error(allDown(chain));
        }
        Route route = chain.get(index);
        CircuitBreaker breaker = breaker(route.provider().name());
        if (!breaker.tryAcquire()) {
            return attempt(chain, index + 1, 1, call, status, lastAnswer);
        }
        boolean retriesLeft = attemptNo <= route.provider().maxRetries();
        return Mono.defer(() -> call.apply(route))
                .flatMap(reply -> {
                    int code = status.applyAsInt(reply);
                    Served<R> served = new Served<>(route, reply, attemptNo);
                    if (!Backoff.retryable(code)) {
                        breaker.onSuccess();
                        return Mono.just(served);
                    }
                    if (code != 429) {
                        breaker.onFailure();
                    }
                    return retriesLeft
                            ? Mono.delay(backoff.delay(attemptNo, null))
                                .then(attempt(chain, index, attemptNo + 1, call, status, served))
                            : attempt(chain, index + 1, 1, call, status, served);
                })
                .onErrorResume(ResilientUpstream::isTransportFailure, e -> {
                    breaker.onFailure();
                    Mono<Served<R>> next = retriesLeft
                            ? Mono.delay(backoff.delay(attemptNo, null)).then(attempt(chain, index, attemptNo + 1, call, status, lastAnswer))
                            : attempt(chain, index + 1, 1, call, status, lastAnswer);
                    return next.onErrorMap(UpstreamFailure.class, f -> lastAnswer == null ? transportFailure(route, e) : f);
                });
    }

    /** Connection refused or reset, timeouts: worth a retry. Anything else is a bug or a bad request. */
    private static boolean isTransportFailure(Throwable e) {
        return e instanceof IOException || e instanceof TimeoutException;
    }

    private static UpstreamFailure allDown(List<Route> chain) {
        Route last = chain.get(chain.size() - 1);
        return new UpstreamFailure(GatewayError.badGateway("No provider could be reached for this request: the circuit "
                + "breaker for '" + last.provider().name() + "' is open after repeated failures. Retry shortly or configure a fallback model."), last);
    }

    private static UpstreamFailure transportFailure(Route route, Throwable e) {
        String provider = route.provider().name();
        // Read timeouts come from the reply's Reactor timeout; connect timeouts are ConnectExceptions (Netty).
        if (inChain(e, TimeoutException.class)) {
            return new UpstreamFailure(GatewayError.gatewayTimeout("Provider '" + provider + "' did not answer within "
                    + route.provider().readTimeout().toSeconds() + " s (after retries). Raise its read timeout or retry later."), route);
        }
        String why = inChain(e, ConnectException.class)
                ? "could not be connected to at " + route.provider().baseUrl()
                : "failed: " + rootCause(e).getClass().getSimpleName();
        return new UpstreamFailure(GatewayError.badGateway("Provider '" + provider + "' " + why
                + " (after retries). Check its base URL and network, or configure a fallback model."), route);
    }

    private static boolean inChain(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
