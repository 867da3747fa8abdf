package com.netra.apex.optimize.upstream;

import java.util.Map;
import reactor.core.publisher.Flux;

/** A streamed upstream response: status and headers known, body bytes still arriving. */
public record UpstreamStream(int status, Map<String, String> headers, Flux<byte[]> body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
