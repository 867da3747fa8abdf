package com.netra.apex.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.cache.ChatCacheKeys;
import com.netra.apex.core.compression.CompressionLevel;
import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.routing.ModelRouter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class ChatOptimizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LongFunction<BigDecimal> UNPRICED = tokens -> null;
    /** Whitespace the lossless rules remove. */
    private static final String MESSY = "Please   review   this.   \n\n\n\n\nThanks   a lot.   ";

    private final ChatOptimizer optimizer = new ChatOptimizer(new ModelRouter(LearnedRouter.shipped()));

    private static ObjectNode request(String lastUserText) {
        ObjectNode r = JSON.createObjectNode().put("model", "gpt-4o").put("temperature", 0.0);
        r.putArray("messages").addObject().put("role", "user").put("content", lastUserText);
        return r;
    }

    private static OptimizationPolicy policy(String... settings) {
        Map<String, String> s = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            s.put(settings[i], settings[i + 1]);
        }
        return OptimizationPolicy.parse(s);
    }

    /** Everything on: both caches, lossless compression and a rule routing every gpt-4o request. */
    private static final String[] EVERYTHING = {"cache.semantic", "on", "routing", "on",
            "routing.rules", "model:gpt-4o>gpt-4o-mini"};

    private static Caller caller(String requestId) {
        return new Caller("acme", "k1", requestId, Set.of());
    }

    private ChatPlan plan(OptimizationPolicy policy, ObjectNode request) {
        return optimizer.plan(policy, caller(UUID.randomUUID().toString()), request, "gpt-4o", UNPRICED);
    }

    private static OptimizationPolicy withHoldout(String fraction) {
        String[] s = java.util.Arrays.copyOf(EVERYTHING, EVERYTHING.length + 2);
        s[EVERYTHING.length] = "holdout";
        s[EVERYTHING.length + 1] = fraction;
        return policy(s);
    }

    @Test
    void everythingOnCachesCompressesAndRoutes() {
        ObjectNode request = request(MESSY);

        ChatPlan plan = plan(policy(EVERYTHING), request);

        assertThat(plan.holdout()).isFalse();
        assertThat(plan.exactKey()).isEqualTo(ChatCacheKeys.exact(request));
        assertThat(plan.semantic()).isEqualTo(ChatCacheKeys.semantic(request).orElseThrow());
        assertThat(plan.notCachedReason()).isNull();
        assertThat(plan.looksUpCache()).isTrue();
        assertThat(plan.compression().changed()).isTrue();
        assertThat(plan.outgoing().at("/messages/0/content").asText()).isEqualTo("Please review this.\n\nThanks a lot.");
        assertThat(plan.routing().model()).isEqualTo("gpt-4o-mini");
    }

    @Test
    void cacheKeysAreTakenFromTheCallersRequestNotTheCompressedOne() {
        ObjectNode request = request(MESSY);
        ObjectNode before = request.deepCopy();

        ChatPlan plan = plan(policy(EVERYTHING), request);

        assertThat(request).isEqualTo(before);
        assertThat(plan.exactKey()).isEqualTo(ChatCacheKeys.exact(before)).isNotEqualTo(ChatCacheKeys.exact(plan.outgoing()));
        assertThat(plan.semantic().text()).isEqualTo(MESSY);
    }

    @Test
    void aHoldoutFractionOfOneLeavesEveryRequestUnoptimized() {
        OptimizationPolicy policy = withHoldout("1");

        for (int i = 0; i < 50; i++) {
            ObjectNode request = request(MESSY);
            ChatPlan plan = plan(policy, request);

            assertThat(plan.holdout()).isTrue();
            assertThat(plan.exactKey()).isNull();
            assertThat(plan.semantic()).isNull();
            assertThat(plan.looksUpCache()).isFalse();
            assertThat(plan.notCachedReason()).isEqualTo("caching is off");
            assertThat(plan.policy().compression()).isEqualTo(CompressionLevel.OFF);
            assertThat(plan.policy().promptCaching()).isFalse();
            assertThat(plan.compression().changed()).isFalse();
            assertThat(plan.outgoing()).isSameAs(request);
            assertThat(plan.routing().routed()).isFalse();
            assertThat(plan.routing().model()).isEqualTo("gpt-4o");
        }
    }

    @Test
    void aHoldoutFractionOfZeroNeverHoldsOut() {
        OptimizationPolicy policy = withHoldout("0");

        for (int i = 0; i < 200; i++) {
            ChatPlan plan = plan(policy, request(MESSY));
            assertThat(plan.holdout()).isFalse();
            assertThat(plan.routing().routed()).isTrue();
        }
    }

    @Test
    void theHoldoutDrawFollowsTheRequestId() {
        OptimizationPolicy policy = withHoldout("0.5");
        List<Boolean> draws = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = "req-" + i;
            boolean held = optimizer.plan(policy, caller(id), request("hi"), "gpt-4o", UNPRICED).holdout();
            assertThat(optimizer.plan(policy, caller(id), request("hi"), "gpt-4o", UNPRICED).holdout()).isEqualTo(held);
            draws.add(held);
        }
        assertThat(draws).contains(true, false);
    }

    @Test
    void anUncacheableRequestHasNoKeysAndSaysWhy() {
        ObjectNode request = request("hi").put("n", 3);

        ChatPlan plan = plan(policy(EVERYTHING), request);

        assertThat(plan.exactKey()).isNull();
        assertThat(plan.semantic()).isNull();
        assertThat(plan.notCachedReason()).contains("n > 1");
        assertThat(plan.routing().routed()).isTrue(); // only caching is skipped
    }

    @Test
    void theTenantsTemperatureLimitDecidesCacheability() {
        ChatPlan plan = plan(policy("cache.max_temperature", "0.5"), request("hi").put("temperature", 0.7));

        assertThat(plan.exactKey()).isNull();
        assertThat(plan.notCachedReason()).contains("temperature");
    }

    @Test
    void theSemanticKeyIsOnlyMadeWhenTheSemanticCacheIsOn() {
        ChatPlan exactOnly = plan(policy(), request("hi"));
        ChatPlan noCache = plan(policy("cache.exact", "off"), request("hi"));

        assertThat(exactOnly.exactKey()).isNotNull();
        assertThat(exactOnly.semantic()).isNull();
        assertThat(noCache.looksUpCache()).isFalse();
        assertThat(noCache.notCachedReason()).isEqualTo("caching is off");
    }

    @Test
    void theInputCostIsOnlyAskedForWhenTheTenantSetACeiling() {
        List<Long> asked = new ArrayList<>();
        LongFunction<BigDecimal> cost = tokens -> {
            asked.add(tokens);
            return new BigDecimal("1.00");
        };

        ChatPlan noCeiling = optimizer.plan(policy("routing", "on"), caller("r1"), request("hi"), "gpt-4o", cost);
        assertThat(asked).isEmpty();
        assertThat(noCeiling.routing().routed()).isFalse();

        ChatPlan ceiling = optimizer.plan(policy("routing", "on", "routing.weak", "gpt-4o-mini",
                "routing.max_input_cost_usd", "0.5"), caller("r2"), request("hi"), "gpt-4o", cost);
        assertThat(asked).hasSize(1).allSatisfy(tokens -> assertThat(tokens).isPositive());
        assertThat(ceiling.routing().model()).isEqualTo("gpt-4o-mini");
        assertThat(ceiling.routing().reason()).isEqualTo("cost ceiling");
    }

    @Test
    void routingOffLeavesTheModelAlone() {
        ChatPlan plan = plan(policy("routing", "off", "routing.rules", "model:gpt-4o>gpt-4o-mini"), request("hi"));

        assertThat(plan.routing().routed()).isFalse();
    }
}
