package com.netra.apex.optimize.upstream;

import java.util.Map;

/** A complete upstream response: status, the headers worth passing on, and the body bytes untouched. */
public record UpstreamReply(int status, Map<String, String> headers, byte[] body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
