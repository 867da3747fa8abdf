package com.netra.apex.core.cache;

import static com.netra.apex.core.cache.CacheJson.chat;
import static com.netra.apex.core.cache.CacheJson.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ExactCacheKeyTest {

    private static String key(ObjectNode request) {
        return ExactCacheKey.of("chat", request);
    }

    private static ObjectNode changed(Consumer<ObjectNode> change) {
        ObjectNode request = chat();
        change.accept(request);
        return request;
    }

    @Test
    void theKeyIsAStableSha256Hex() {
        assertThat(key(chat())).matches("[0-9a-f]{64}").isEqualTo(key(chat()));
    }

    @Test
    void deliveryAndAttributionFieldsDoNotChangeTheKey() {
        ObjectNode plain = chat();
        ObjectNode decorated = changed(r -> {
            r.put("stream", true);
            r.putObject("stream_options").put("include_usage", true);
            r.put("user", "end-user-42");
            r.putObject("metadata").put("team", "search");
            r.put("store", true);
            r.put("prompt_cache_key", "abc");
            r.put("safety_identifier", "u-1");
            r.put("service_tier", "flex");
        });

        assertThat(key(decorated)).isEqualTo(key(plain));
    }

    @Test
    void objectKeyOrderDoesNotChangeTheKeyAtAnyDepth() {
        ObjectNode a = obj("""
                {'model':'gpt-4o','response_format':{'type':'json_schema','json_schema':{'name':'x','strict':true}},
                 'messages':[{'role':'user','content':'hi'}]}""");
        ObjectNode b = obj("""
                {'messages':[{'content':'hi','role':'user'}],
                 'response_format':{'json_schema':{'strict':true,'name':'x'},'type':'json_schema'},'model':'gpt-4o'}""");

        assertThat(key(a)).isEqualTo(key(b));
    }

    @Test
    void numbersAreComparedByValue() {
        assertThat(key(changed(r -> r.put("temperature", 1)))).isEqualTo(key(changed(r -> r.put("temperature", 1.0))));
        assertThat(key(changed(r -> r.put("top_p", 0.5)))).isEqualTo(key(changed(r -> r.put("top_p", new BigDecimal("0.50")))));
        assertThat(key(changed(r -> r.put("seed", 7)))).isEqualTo(key(changed(r -> r.put("seed", 7L))));
        assertThat(key(changed(r -> r.put("temperature", 0)))).isEqualTo(key(changed(r -> r.put("temperature", 0.0))));
        assertThat(key(obj("{'model':'m','max_tokens':100}"))).isEqualTo(key(obj("{'model':'m','max_tokens':1e2}")));
    }

    @Test
    void everyAnswerChangingFieldChangesTheKey() {
        Map<String, ObjectNode> variants = new LinkedHashMap<>();
        variants.put("model", changed(r -> r.put("model", "gpt-4o-mini")));
        variants.put("last message", changed(r -> r.withArray("messages").addObject().put("role", "user").put("content", "x")));
        variants.put("last message text", changed(r -> ((ObjectNode) r.withArray("messages").get(3)).put("content", "And of Spain?")));
        variants.put("earlier turn", changed(r -> ((ObjectNode) r.withArray("messages").get(2)).put("content", "Paris!")));
        variants.put("system prompt", changed(r -> ((ObjectNode) r.withArray("messages").get(0)).put("content", "You are verbose.")));
        variants.put("role", changed(r -> ((ObjectNode) r.withArray("messages").get(0)).put("role", "developer")));
        variants.put("tools", changed(r -> r.putArray("tools").addObject().put("type", "function")
                .putObject("function").put("name", "lookup")));
        variants.put("tool_choice", changed(r -> r.put("tool_choice", "none")));
        variants.put("temperature", changed(r -> r.put("temperature", 0.3)));
        variants.put("top_p", changed(r -> r.put("top_p", 0.9)));
        variants.put("seed", changed(r -> r.put("seed", 7)));
        variants.put("seed as text", changed(r -> r.put("seed", "7")));
        variants.put("response_format", changed(r -> r.putObject("response_format").put("type", "json_object")));
        variants.put("max_tokens", changed(r -> r.put("max_tokens", 50)));
        variants.put("unknown field", changed(r -> r.put("reasoning_effort", "high")));

        Set<String> keys = new HashSet<>();
        keys.add(key(chat()));
        variants.forEach((what, request) ->
                assertThat(keys.add(key(request))).as("changing %s must change the key", what).isTrue());
    }

    @Test
    void messageOrderMatters() {
        ObjectNode a = obj("{'model':'m','messages':[{'role':'user','content':'a'},{'role':'user','content':'b'}]}");
        ObjectNode b = obj("{'model':'m','messages':[{'role':'user','content':'b'},{'role':'user','content':'a'}]}");

        assertThat(key(a)).isNotEqualTo(key(b));
    }

    @Test
    void endpointsNeverShareKeys() {
        assertThat(ExactCacheKey.of("chat", chat())).isNotEqualTo(ExactCacheKey.of("messages", chat()));
    }

    @Test
    void textThatLooksLikeStructureDoesNotCollideWithStructure() {
        ObjectNode nested = obj("{'model':'m','x':{'a':1}}");
        ObjectNode flat = obj("{'model':'m','x':'{\\\"a\\\":1}'}");

        assertThat(key(nested)).isNotEqualTo(key(flat));
    }
}
