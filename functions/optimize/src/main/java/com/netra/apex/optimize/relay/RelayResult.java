package com.netra.apex.optimize.relay;

import java.util.Map;
import reactor.core.publisher.Flux;

/** What the gateway answers: a complete JSON body, or an event stream. Framework-neutral. */
public sealed interface RelayResult {

    String requestId();

    /** A complete body, already in the caller's format. */
    record Json(String requestId, int status, Map<String, String> headers, byte[] body) implements RelayResult {
    }

    /** A 200 event stream; events are written and flushed as they arrive. */
    record Sse(String requestId, Map<String, String> headers, Flux<SseOut> events) implements RelayResult {
    }
}
