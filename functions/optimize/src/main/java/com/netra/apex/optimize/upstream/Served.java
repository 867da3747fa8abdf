package com.netra.apex.optimize.upstream;

import com.netra.apex.core.providers.Route;

/** An upstream answer together with the route that produced it (which may be a fallback). */
public record Served<R>(Route route, R reply, int attempts) {
}
