package com.netra.apex.core.providers;

import java.time.Duration;
import java.util.Map;

/**
 * One upstream the operator configured.
 *
 * @param name          what callers write before the slash in {@code provider/model}, e.g. "groq"
 * @param apiKey        the operator's credential for it; null when the upstream needs none (Ollama)
 * @param apiVersion    Azure's api-version query parameter; unused by others
 * @param deployments   Azure only: model name to deployment name
 * @param maxRetries    retries on 429/5xx/connection errors, only while nothing was streamed yet
 */
public record Provider(
        String name,
        ProviderKind kind,
        String baseUrl,
        String apiKey,
        String apiVersion,
        Map<String, String> deployments,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRetries) {

    public Provider {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        deployments = deployments == null ? Map.of() : Map.copyOf(deployments);
    }

    /** The same provider called with another credential: a tenant's own key. */
    public Provider withApiKey(String key) {
        return new Provider(name, kind, baseUrl, key, apiVersion, deployments, connectTimeout, readTimeout, maxRetries);
    }

    @Override
    public String toString() {
        // Never print the credential.
        return "Provider[" + name + ", " + kind + ", " + baseUrl + "]";
    }
}
