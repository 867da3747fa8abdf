package com.netra.apex.optimize.http;

import com.netra.apex.core.optimize.RequestHeaders;
import io.micronaut.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;

/** The {@code x-apex-*} controls on a request, names in lower case, for the optimization pipeline. */
final class ApexHeaders {

    private ApexHeaders() {
    }

    static Map<String, String> of(HttpRequest<?> request) {
        Map<String, String> out = null;
        for (String name : RequestHeaders.NAMES) {
            String value = request.getHeaders().get(name);
            if (value != null) {
                if (out == null) {
                    out = new HashMap<>();
                }
                out.put(name, value);
            }
        }
        return out == null ? Map.of() : out;
    }
}
