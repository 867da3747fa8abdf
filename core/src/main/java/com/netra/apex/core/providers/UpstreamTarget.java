package com.netra.apex.core.providers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The URL and headers of one upstream call, following each provider's conventions:
 * OpenAI-style base URLs include {@code /v1} (as the OpenAI SDK's do), Anthropic's do not (as its SDK's),
 * Azure addresses a deployment with an api-version.
 */
public record UpstreamTarget(String url, Map<String, String> headers) {

    public static final String ANTHROPIC_VERSION = "2023-06-01";

    /** Where an OpenAI-format operation (e.g. "chat/completions", "embeddings") goes for this route. */
    public static UpstreamTarget openAiOperation(Route route, String operation) {
        Provider p = route.provider();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        if (p.kind() == ProviderKind.AZURE_OPENAI) {
            String deployment = p.deployments().getOrDefault(route.upstreamModel(), route.upstreamModel());
            if (p.apiKey() != null) {
                headers.put("api-key", p.apiKey());
            }
            return new UpstreamTarget(p.baseUrl() + "/openai/deployments/" + deployment + "/" + operation
                    + "?api-version=" + p.apiVersion(), headers);
        }
        if (p.apiKey() != null && !p.apiKey().isBlank()) {
            headers.put("authorization", "Bearer " + p.apiKey());
        }
        return new UpstreamTarget(p.baseUrl() + "/" + operation, headers);
    }

    /** Anthropic's Messages endpoint; {@code beta} is the caller's anthropic-beta header, passed on. */
    public static UpstreamTarget anthropicMessages(Route route, String version, String beta) {
        Provider p = route.provider();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("anthropic-version", version == null ? ANTHROPIC_VERSION : version);
        if (beta != null) {
            headers.put("anthropic-beta", beta);
        }
        if (p.apiKey() != null) {
            headers.put("x-api-key", p.apiKey());
        }
        return new UpstreamTarget(p.baseUrl() + "/v1/messages", headers);
    }

    @Override
    public String toString() {
        return "UpstreamTarget[" + url + "]"; // headers carry credentials
    }
}
