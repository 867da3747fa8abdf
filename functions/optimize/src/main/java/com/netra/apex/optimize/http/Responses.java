package com.netra.apex.optimize.http;

import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.optimize.relay.GatewayException;
import com.netra.apex.optimize.relay.RelayResult;
import com.netra.apex.optimize.relay.SseOut;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.sse.Event;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Maps relay results and failures to HTTP responses; unexpected failures never leak a stack trace. */
final class Responses {

    static final String REQUEST_ID_HEADER = "x-apex-request-id";
    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);

    private Responses() {
    }

    static MutableHttpResponse<?> toHttp(RelayResult result) {
        if (result instanceof RelayResult.Json json) {
            MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(HttpStatus.valueOf(json.status()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE).body(json.body());
            json.headers().forEach(response::header);
            return response.header(REQUEST_ID_HEADER, json.requestId());
        }
        RelayResult.Sse sse = (RelayResult.Sse) result;
        Flux<Event<String>> events = sse.events().map(Responses::event);
        MutableHttpResponse<Flux<Event<String>>> response = HttpResponse.ok(events)
                .contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
        sse.headers().forEach(response::header);
        return response.header("cache-control", "no-cache").header(REQUEST_ID_HEADER, sse.requestId());
    }

    static Mono<MutableHttpResponse<?>> error(Throwable e, Function<GatewayError, String> render) {
        GatewayError error;
        if (e instanceof GatewayException g) {
            error = g.error();
        } else {
            LOG.error("Unexpected gateway failure", e);
            error = new GatewayError(500, "api_error", "internal_error",
                    "The gateway failed unexpectedly; the failure is logged. Retry, and report it if it persists.");
        }
        return Mono.just(HttpResponse.status(HttpStatus.valueOf(error.status()))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(render.apply(error).getBytes(StandardCharsets.UTF_8)));
    }

    private static Event<String> event(SseOut out) {
        Event<String> event = Event.of(out.data());
        return out.event() == null ? event : event.name(out.event());
    }
}
