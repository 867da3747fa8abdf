package com.netra.apex.optimize.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.pricing.ModelPrice;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.providers.ModelCatalog;
import com.netra.apex.core.providers.Provider;
import com.netra.apex.core.providers.ProviderKind;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import jakarta.inject.Named;
import java.util.Set;
import java.util.TreeSet;
import reactor.core.publisher.Mono;

/** {@code GET /v1/models}: the models this tenant can call here: priced models of configured providers, and aliases. */
@Requires(property = "apex.gateway.enabled", notEquals = "false")
@Controller("/v1")
public class ModelsController {

    private final CallerAuth auth;
    private final ModelCatalog catalog;
    private final PriceTable prices;
    private final ObjectMapper json;
    /** Built once: the catalog and the price table do not change while the gateway runs. */
    private final String modelList;

    public ModelsController(CallerAuth auth, ModelCatalog catalog, PriceTable prices, @Named("apex") ObjectMapper json) {
        this.auth = auth;
        this.catalog = catalog;
        this.prices = prices;
        this.json = json;
        this.modelList = list().toString();
    }

    @Get(uri = "/models", produces = MediaType.APPLICATION_JSON)
    public Mono<MutableHttpResponse<?>> models(HttpRequest<?> request) {
        return auth.authenticate(request)
                .<MutableHttpResponse<?>>map(principal -> HttpResponse.ok(modelList).contentType(MediaType.APPLICATION_JSON_TYPE))
                .onErrorResume(e -> Responses.error(e, GatewayError::toOpenAiJson));
    }

    private ObjectNode list() {
        ObjectNode root = json.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        Set<String> seen = new TreeSet<>();
        for (Provider p : catalog.providers()) {
            for (ModelPrice price : prices.entries()) {
                boolean served = switch (p.kind()) {
                    case OPENAI -> price.provider().equals("openai");
                    case ANTHROPIC -> price.provider().equals("anthropic");
                    case AZURE_OPENAI -> p.deployments().containsKey(price.model());
                    case OPENAI_COMPATIBLE -> price.provider().equals(p.name());
                };
                String id = p.kind() == ProviderKind.OPENAI_COMPATIBLE || p.kind() == ProviderKind.AZURE_OPENAI
                        ? p.name() + "/" + price.model() : price.model();
                if (served && seen.add(id)) {
                    data.addObject().put("id", id).put("object", "model").put("created", 0).put("owned_by", p.name());
                }
            }
        }
        catalog.aliases().keySet().stream().filter(seen::add)
                .forEach(alias -> data.addObject().put("id", alias).put("object", "model").put("created", 0).put("owned_by", "apex-alias"));
        return root;
    }
}
