package com.netra.apex.optimize.config;

import com.netra.apex.core.cache.LshBands;
import com.netra.apex.core.optimize.ChatOptimizer;
import com.netra.apex.core.optimize.Policies;
import com.netra.apex.core.optimize.ResponseCaching;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.promptcache.PrefixSightings;
import com.netra.apex.core.promptcache.PromptCachePlanner;
import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.routing.ModelRouter;
import com.netra.apex.dynamodb.DynamoDbPolicyStore;
import com.netra.apex.dynamodb.DynamoDbSemanticIndex;
import com.netra.apex.dynamodb.OptimizationTables;
import com.netra.apex.embeddings.MiniLmEmbedder;
import com.netra.apex.optimize.relay.ChatOptimization;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wiring of the optimization pipeline: policies, caches (with the in-process embedding model), router. */
// Off in the report function (apex.gateway.enabled=false): it serves only the Wedge API and ships without the model.
@Requires(property = "apex.gateway.enabled", notEquals = "false")
@Factory
public class OptimizationFactory {

    @Singleton
    OptimizationTables optimizationTables(@Value("${apex.optimization.answers-table:apex-answer-cache}") String answers,
                                          @Value("${apex.optimization.semantic-index-table:apex-semantic-index}") String index,
                                          @Value("${apex.optimization.policies-table:apex-policies}") String policies,
                                          @Value("${apex.dynamodb.create-tables:false}") boolean create, DynamoDbClient client) {
        OptimizationTables tables = new OptimizationTables(answers, index, policies);
        if (create) {
            tables.createIfMissing(client);
        }
        return tables;
    }

    @Singleton
    Policies policies(PropertyResolver config, DynamoDbClient client, OptimizationTables tables,
                      @Value("${apex.optimization.policy-cache-ttl:5s}") Duration ttl) {
        return new Policies(defaults(config), new DynamoDbPolicyStore(client, tables.policies()), ttl);
    }

    /** {@code apex.optimization.defaults: ["cache.semantic=on", "holdout=0.05"]}. */
    static Map<String, String> defaults(PropertyResolver config) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String entry : config.get("apex.optimization.defaults", String[].class).orElse(new String[0])) {
            if (entry.isBlank()) {
                continue; // APEX_OPTIMIZATION_DEFAULTS unset
            }
            String[] kv = entry.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("apex.optimization.defaults entry '" + entry + "' must be name=value");
            }
            defaults.put(kv[0].trim(), kv[1].trim());
        }
        return defaults;
    }

    @Singleton
    @Bean(preDestroy = "close")
    DynamoDbSemanticIndex semanticIndex(DynamoDbClient client, OptimizationTables tables) {
        return new DynamoDbSemanticIndex(client, tables.semanticIndex(), 16);
    }

    @Singleton
    ResponseCaching responseCaching(DynamoDbClient client, OptimizationTables tables, DynamoDbSemanticIndex index,
                                    Clock clock, @Value("${apex.optimization.semantic-cache:true}") boolean semantic) {
        MiniLmEmbedder embedder = semantic ? new MiniLmEmbedder() : null;
        return AnswerCaches.onDynamoDb(client, tables, index, embedder, LshBands.standard(384), clock);
    }

    @Singleton
    ChatOptimization chatOptimization(Policies policies, ResponseCaching caching, PriceTable prices) {
        return new ChatOptimization(policies, new ChatOptimizer(new ModelRouter(LearnedRouter.shipped())), caching, prices);
    }

    @Singleton
    PromptCachePlanner promptCachePlanner() {
        return new PromptCachePlanner(PrefixSightings.anthropicDefault());
    }
}
