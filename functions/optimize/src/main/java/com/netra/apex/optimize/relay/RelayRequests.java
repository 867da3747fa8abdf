package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.providers.ModelCatalog;
import com.netra.apex.core.providers.Route;
import com.netra.apex.core.tenancy.Principal;
import com.netra.apex.core.tenancy.TenantProviderKeys;
import com.netra.apex.core.usage.TokenCounter;
import com.netra.apex.core.usage.TokenUsage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parsing and routing shared by the relays: malformed input becomes a clear 400, never a stack trace. */
public final class RelayRequests {

    private final ObjectMapper json;
    private final ModelCatalog catalog;
    private final TenantProviderKeys tenantKeys;

    public RelayRequests(ObjectMapper json, ModelCatalog catalog, TenantProviderKeys tenantKeys) {
        this.json = json;
        this.catalog = catalog;
        this.tenantKeys = tenantKeys;
    }

    ObjectNode parseObject(byte[] body) {
        if (body == null || body.length == 0) {
            throw new GatewayException(GatewayError.badRequest("invalid_json", "The request body is empty; send a JSON object."));
        }
        try {
            JsonNode node = json.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new GatewayException(GatewayError.badRequest("invalid_json", "The request body must be a JSON object."));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new GatewayException(GatewayError.badRequest("invalid_json",
                    "The request body is not valid JSON" + where + ": " + readable(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new GatewayException(GatewayError.badRequest("invalid_json", "The request body could not be read."));
        }
    }

    /** Jackson's message without its "(for Array starting at [Source: ...])" internals. */
    private static String readable(String message) {
        int internals = message.indexOf(" (for ");
        return internals > 0 ? message.substring(0, internals) : message;
    }

    String model(ObjectNode request) {
        JsonNode model = request.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            throw new GatewayException(GatewayError.badRequest("missing_model", "The request needs a 'model' field naming the model to call."));
        }
        return model.asText();
    }

    /**
     * The requested model's route, then its configured fallbacks that resolve; each calls the provider
     * with the tenant's own key where the tenant set one (loaded by {@code CallerAuth}, so this is a cache read).
     */
    List<Route> routes(String model, Principal principal) {
        Route primary = catalog.resolve(model).orElseThrow(() ->
                new GatewayException(new GatewayError(400, "invalid_request_error", "model_not_found", catalog.howToConfigure(model))));
        List<String> chain = catalog.withFallbacks(model);
        List<Route> routes = new ArrayList<>();
        routes.add(primary);
        for (String fallback : chain.subList(1, chain.size())) {
            catalog.resolve(fallback).ifPresent(routes::add);
        }
        Map<String, String> own = tenantKeys.forTenant(principal.tenantId());
        if (own.isEmpty()) {
            return routes;
        }
        return routes.stream().map(r -> own.containsKey(r.provider().name())
                ? new Route(r.provider().withApiKey(own.get(r.provider().name())), r.upstreamModel()) : r).toList();
    }

    byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<JsonNode> tryParse(byte[] body) {
        try {
            return Optional.ofNullable(json.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A token estimate of a prompt's text, for metering a stream whose usage never arrived. */
    static TokenUsage promptEstimate(JsonNode request) {
        StringBuilder text = new StringBuilder();
        collectText(request.path("system"), text);
        for (JsonNode message : request.path("messages")) {
            collectText(message.path("content"), text);
        }
        return new TokenUsage(TokenCounter.count(text), 0, 0, 0);
    }

    private static void collectText(JsonNode content, StringBuilder into) {
        if (content.isTextual()) {
            into.append(content.asText()).append('\n');
        } else if (content.isArray()) {
            for (JsonNode part : content) {
                into.append(part.path("text").asText("")).append('\n');
            }
        }
    }

    ObjectMapper json() {
        return json;
    }
}
