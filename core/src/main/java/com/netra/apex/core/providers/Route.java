package com.netra.apex.core.providers;

/**
 * Where a request for a model goes.
 *
 * @param upstreamModel the model name the provider expects (the alias or prefix removed)
 */
public record Route(Provider provider, String upstreamModel) {
}
