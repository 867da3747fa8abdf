package com.netra.apex.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.cache.CachedAnswer;
import com.netra.apex.core.cache.LshBands;
import com.netra.apex.core.optimize.Caller;
import com.netra.apex.core.optimize.ChatOptimizer;
import com.netra.apex.core.optimize.ChatPlan;
import com.netra.apex.core.optimize.OptimizationPolicy;
import com.netra.apex.core.optimize.ResponseCaching;
import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.routing.ModelRouter;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.local.eval.LocalCaches;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * `apex bench pipeline`: what the optimization pipeline adds to one request, in process, on DynamoDB
 * Local with the real embedding model: the plan alone (policy, compression, routing), and a full cache
 * lookup on a miss and on a hit, exact and semantic. The provider call itself is not included.
 */
public final class PipelineBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TENANT = "bench";

    private final int iterations;
    private final PrintStream out;
    private final ChatOptimizer optimizer = new ChatOptimizer(new ModelRouter(LearnedRouter.shipped()));
    private final Map<String, LatencyHistogram> results = new LinkedHashMap<>();

    public PipelineBenchmark(int iterations, PrintStream out) {
        this.iterations = iterations;
        this.out = out;
    }

    public Map<String, LatencyHistogram> run() {
        OptimizationPolicy exact = OptimizationPolicy.parse(Map.of("cache.exact", "on"));
        OptimizationPolicy semantic = OptimizationPolicy.parse(Map.of("cache.exact", "off", "cache.semantic", "on"));
        OptimizationPolicy routed = OptimizationPolicy.parse(Map.of("cache.exact", "off", "routing", "on",
                "routing.strong", "gpt-4o", "routing.weak", "gpt-4o-mini"));
        try (LocalCaches caches = LocalCaches.start(LshBands.standard(384))) {
            ResponseCaching caching = caches.caching();
            measure("plan (compression + learned router)", i -> optimizer.plan(routed, caller(i), request("plan", i), "gpt-4o", t -> null));
            measure("embedding only", i -> caches.embedder().embed(question("embed", i)));
            measure("exact lookup, miss", i -> caching.lookup(TENANT, plan(exact, "exact-miss", i)));
            fill(caching, exact, "exact-hit");
            measure("exact lookup, hit", i -> require(caching.lookup(TENANT, plan(exact, "exact-hit", i % 200))));
            measure("semantic lookup, miss", i -> caching.lookup(TENANT, plan(semantic, "semantic-miss", i)));
            fill(caching, semantic, "semantic-hit");
            measure("semantic lookup, hit", i -> require(caching.lookup(TENANT, plan(semantic, "semantic-hit", i % 200))));
        }
        return results;
    }

    private void fill(ResponseCaching caching, OptimizationPolicy policy, String kind) {
        for (int i = 0; i < 200; i++) {
            ChatPlan plan = plan(policy, kind, i);
            caching.store(TENANT, plan, caching.lookup(TENANT, plan).probe(), answer());
        }
    }

    private static void require(ResponseCaching.Found found) {
        if (found.hit().isEmpty()) {
            throw new IllegalStateException("the benchmark expected a cache hit");
        }
    }

    /** Warm-up of the same length first (JIT), then the measured run. */
    private void measure(String name, IntConsumer op) {
        for (int i = 0; i < iterations; i++) {
            op.accept(iterations + i);
        }
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            op.accept(i);
            h.record(System.nanoTime() - started);
        }
        results.put(name, h);
        out.printf("%-40s p50 %8.3f ms   p99 %8.3f ms   max %8.3f ms%n", name, h.percentileMicros(50) / 1000.0,
                h.percentileMicros(99) / 1000.0, h.maxMicros() / 1000.0);
    }

    private ChatPlan plan(OptimizationPolicy policy, String kind, int i) {
        return optimizer.plan(policy, caller(i), request(kind, i), "gpt-4o-mini", t -> null);
    }

    private static Caller caller(int i) {
        return new Caller(TENANT, "bench-key", "req-" + i, Set.of());
    }

    private static ObjectNode request(String kind, int i) {
        ObjectNode request = JSON.createObjectNode().put("model", "gpt-4o-mini");
        var messages = request.putArray("messages");
        messages.addObject().put("role", "system").put("content", "You are a helpful support assistant for an online store.");
        messages.addObject().put("role", "user").put("content", question(kind, i));
        return request;
    }

    /** Realistic, distinct questions: a topic and an order number per i, so misses really miss. */
    private static String question(String kind, int i) {
        String[] topics = {"track my parcel", "change the delivery address", "get a refund", "cancel my subscription",
            "update my billing details", "return a damaged item", "apply a discount code", "reset my password"};
        return "How can I " + topics[i % topics.length] + " for order " + (100000 + i) + " placed in " + kind + "?";
    }

    private static CachedAnswer answer() {
        byte[] body = "{\"choices\":[{\"message\":{\"content\":\"ok\"},\"finish_reason\":\"stop\"}]}".getBytes(StandardCharsets.UTF_8);
        return new CachedAnswer(body, "openai", "gpt-4o-mini", new TokenUsage(50, 0, 0, 20), Instant.now(), null);
    }
}
