package com.netra.apex.core.promptcache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PromptCachePlannerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Long enough for every model's minimum (2,048 Haiku tokens ≈ 8,192 characters). */
    private static final String LONG = "You are a support agent for Acme. ".repeat(300);
    /** Above the 1,024-token minimum (≈ 4,096 characters) but below Haiku's 2,048. */
    private static final String MEDIUM = "x".repeat(5000);

    private final PromptCachePlanner planner = new PromptCachePlanner(new PrefixSightings(Duration.ofMinutes(5), 1000));

    private static ObjectNode openAi(String system, String user) {
        ObjectNode r = JSON.createObjectNode().put("model", "gpt-4o");
        r.putArray("messages").addObject().put("role", "system").put("content", system);
        r.withArray("messages").addObject().put("role", "user").put("content", user);
        return r;
    }

    private static ObjectNode anthropic(String system) {
        ObjectNode r = JSON.createObjectNode().put("model", "claude-sonnet-4-5").put("max_tokens", 100);
        if (system != null) {
            r.put("system", system);
        }
        r.putArray("messages").addObject().put("role", "user").put("content", "hello");
        return r;
    }

    private static void addTool(ObjectNode request, String name, String description) {
        request.withArray("tools").addObject().put("name", name).put("description", description)
                .putObject("input_schema").put("type", "object");
    }

    @Test
    void aLongOpenAiPrefixGetsAPromptCacheKey() {
        assertThat(planner.openAiCacheKey(openAi(LONG, "hi"), "acme")).hasValueSatisfying(
                key -> assertThat(key).matches("apex-[0-9a-f]{32}"));
    }

    @Test
    void aShortOpenAiPrefixGetsNone() {
        assertThat(planner.openAiCacheKey(openAi("x".repeat(4000), "hi"), "acme")).isEmpty();
        assertThat(planner.openAiCacheKey(openAi("x".repeat(4100), "hi"), "acme")).isPresent();
    }

    @Test
    void theCallersOwnPromptCacheKeyStands() {
        assertThat(planner.openAiCacheKey(openAi(LONG, "hi").put("prompt_cache_key", "mine"), "acme")).isEmpty();
    }

    @Test
    void theKeyIsStablePerTenantAndPrefixWhateverFollowsIt() {
        String first = planner.openAiCacheKey(openAi(LONG, "question one"), "acme").orElseThrow();
        String second = planner.openAiCacheKey(openAi(LONG, "a different question").put("temperature", 0.3), "acme")
                .orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(planner.openAiCacheKey(openAi(LONG, "question one"), "globex")).isPresent().get().isNotEqualTo(first);
        assertThat(planner.openAiCacheKey(openAi(LONG + "!", "question one"), "acme")).isPresent().get().isNotEqualTo(first);
    }

    @Test
    void theOpenAiPrefixIsToolsAndLeadingSystemOrDeveloperMessages() {
        ObjectNode toolsOnly = openAi("short", "hi");
        toolsOnly.putArray("tools").addObject().put("type", "function").putObject("function")
                .put("name", "lookup").put("description", LONG);
        ObjectNode developer = openAi("short", "hi");
        developer.withArray("messages").insertObject(0).put("role", "developer").put("content", LONG);
        ObjectNode longUserOnly = openAi("short", LONG);

        assertThat(planner.openAiCacheKey(toolsOnly, "acme")).isPresent();
        assertThat(planner.openAiCacheKey(developer, "acme")).isPresent();
        assertThat(planner.openAiCacheKey(longUserOnly, "acme")).isEmpty();
    }

    @Test
    void anAnthropicBreakpointIsAddedOnlyOnTheSecondSighting() {
        ObjectNode first = anthropic(LONG);
        ObjectNode untouched = first.deepCopy();

        assertThat(planner.applyAnthropic(first, "acme", "claude-sonnet-4-5")).isFalse();
        assertThat(first).isEqualTo(untouched);

        ObjectNode second = anthropic(LONG);
        assertThat(planner.applyAnthropic(second, "acme", "claude-sonnet-4-5")).isTrue();
        assertThat(second.get("system").isArray()).isTrue();
        assertThat(second.get("system")).hasSize(1);
        assertThat(second.at("/system/0/type").asText()).isEqualTo("text");
        assertThat(second.at("/system/0/text").asText()).isEqualTo(LONG);
        assertThat(second.at("/system/0/cache_control/type").asText()).isEqualTo("ephemeral");
        assertThat(second.get("messages")).isEqualTo(untouched.get("messages"));
    }

    @Test
    void sightingsDoNotCrossTenants() {
        planner.applyAnthropic(anthropic(LONG), "acme", "claude-sonnet-4-5");

        assertThat(planner.applyAnthropic(anthropic(LONG), "globex", "claude-sonnet-4-5")).isFalse();
        assertThat(planner.applyAnthropic(anthropic(LONG + " v2"), "acme", "claude-sonnet-4-5")).isFalse();
    }

    @Test
    void aRequestThatAlreadyHasACacheControlIsNeverTouched() {
        ObjectNode callerMarked = anthropic(LONG);
        callerMarked.putArray("messages").addObject().put("role", "user").putArray("content").addObject()
                .put("type", "text").put("text", "hello").putObject("cache_control").put("type", "ephemeral");
        ObjectNode untouched = callerMarked.deepCopy();

        for (int i = 0; i < 3; i++) {
            assertThat(planner.applyAnthropic(callerMarked, "acme", "claude-sonnet-4-5")).isFalse();
        }
        assertThat(callerMarked).isEqualTo(untouched);
    }

    @Test
    void theLastSystemBlockIsMarkedWhenTheSystemIsAlreadyBlocks() {
        ObjectNode r = anthropic(null);
        r.putArray("system").addObject().put("type", "text").put("text", LONG);
        r.withArray("system").addObject().put("type", "text").put("text", "Be brief.");
        planner.applyAnthropic(r.deepCopy(), "acme", "claude-sonnet-4-5");

        assertThat(planner.applyAnthropic(r, "acme", "claude-sonnet-4-5")).isTrue();
        assertThat(r.at("/system/0/cache_control").isMissingNode()).isTrue();
        assertThat(r.at("/system/1/cache_control/type").asText()).isEqualTo("ephemeral");
    }

    @Test
    void aToolsOnlyPrefixMarksTheLastTool() {
        ObjectNode r = anthropic(null);
        addTool(r, "search", LONG);
        addTool(r, "fetch", "Fetches a page.");
        planner.applyAnthropic(r.deepCopy(), "acme", "claude-sonnet-4-5");

        assertThat(planner.applyAnthropic(r, "acme", "claude-sonnet-4-5")).isTrue();
        assertThat(r.at("/tools/0/cache_control").isMissingNode()).isTrue();
        assertThat(r.at("/tools/1/cache_control/type").asText()).isEqualTo("ephemeral");
        assertThat(r.has("system")).isFalse();
    }

    @Test
    void withToolsAndASystemPromptTheBreakpointGoesAfterTheSystemPrompt() {
        ObjectNode r = anthropic(LONG);
        addTool(r, "search", "Searches.");
        planner.applyAnthropic(r.deepCopy(), "acme", "claude-sonnet-4-5");

        assertThat(planner.applyAnthropic(r, "acme", "claude-sonnet-4-5")).isTrue();
        assertThat(r.at("/system/0/cache_control/type").asText()).isEqualTo("ephemeral");
        assertThat(r.at("/tools/0/cache_control").isMissingNode()).isTrue();
    }

    @Test
    void aShortPrefixIsNeverMarked() {
        for (int i = 0; i < 3; i++) {
            assertThat(planner.applyAnthropic(anthropic("Be brief."), "acme", "claude-sonnet-4-5")).isFalse();
        }
    }

    @Test
    void haikuNeedsALongerPrefixThanOtherModels() {
        planner.applyAnthropic(anthropic(MEDIUM), "acme", "claude-sonnet-4-5");
        assertThat(planner.applyAnthropic(anthropic(MEDIUM), "acme", "claude-sonnet-4-5")).isTrue();

        planner.applyAnthropic(anthropic(MEDIUM), "globex", "claude-haiku-4-5");
        assertThat(planner.applyAnthropic(anthropic(MEDIUM), "globex", "claude-haiku-4-5")).isFalse();

        planner.applyAnthropic(anthropic(LONG), "globex", "claude-haiku-4-5");
        assertThat(planner.applyAnthropic(anthropic(LONG), "globex", "claude-haiku-4-5")).isTrue();
        assertThat(PromptCachePlanner.minPrefixTokens("claude-3-5-haiku")).isEqualTo(2048);
        assertThat(PromptCachePlanner.minPrefixTokens("claude-opus-4-5")).isEqualTo(1024);
    }
}
