package com.netra.apex.core.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelCatalogTest {

    static Provider provider(String name, ProviderKind kind, String baseUrl, String apiKey) {
        return new Provider(name, kind, baseUrl, apiKey, null, null, Duration.ofSeconds(5), Duration.ofSeconds(60), 2);
    }

    private static final Provider OPENAI = provider("openai", ProviderKind.OPENAI, "https://api.openai.com/v1", "sk-o");
    private static final Provider ANTHROPIC =
            provider("anthropic", ProviderKind.ANTHROPIC, "https://api.anthropic.com", "sk-ant");
    private static final Provider GROQ =
            provider("groq", ProviderKind.OPENAI_COMPATIBLE, "https://api.groq.com/openai/v1", "gsk");

    private static final ModelCatalog CATALOG = new ModelCatalog(List.of(OPENAI, ANTHROPIC, GROQ),
            Map.of("fast", "groq/llama-3.1-8b", "smart", "claude-sonnet-4-5", "default", "gpt-4o-mini",
                    "broken", "nowhere/some-model"),
            Map.of("gpt-4o", List.of("claude-sonnet-4-5", "groq/llama-3.1-8b")));

    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o", "gpt-4o-mini-2024-07-18", "gpt-5", "o3", "o4-mini", "o1-preview",
            "text-embedding-3-small", "text-embedding-3-large", "chatgpt-4o-latest", "omni-moderation-latest"})
    void openAiFamiliesGoToOpenAi(String model) {
        assertThat(CATALOG.resolve(model)).contains(new Route(OPENAI, model));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claude-sonnet-4-5", "claude-sonnet-4-5-20250929", "claude-3-haiku-20240307",
            "claude-opus-4-1"})
    void claudeGoesToAnthropic(String model) {
        assertThat(CATALOG.resolve(model)).contains(new Route(ANTHROPIC, model));
    }

    @Test
    void anExplicitProviderPrefixGoesToThatProviderWithThePrefixRemoved() {
        assertThat(CATALOG.resolve("groq/llama-3.1-8b")).contains(new Route(GROQ, "llama-3.1-8b"));
        assertThat(CATALOG.resolve("openai/gpt-4o")).contains(new Route(OPENAI, "gpt-4o"));
        // Only the first slash separates the provider; the rest is the upstream model.
        assertThat(CATALOG.resolve("groq/meta-llama/llama-4-scout")).contains(new Route(GROQ, "meta-llama/llama-4-scout"));
        // An explicit provider wins over the model's family.
        assertThat(CATALOG.resolve("groq/gpt-4o")).contains(new Route(GROQ, "gpt-4o"));
    }

    @Test
    void aliasesResolveToTheirTarget() {
        assertThat(CATALOG.resolve("fast")).contains(new Route(GROQ, "llama-3.1-8b"));
        assertThat(CATALOG.resolve("smart")).contains(new Route(ANTHROPIC, "claude-sonnet-4-5"));
        assertThat(CATALOG.resolve("default")).contains(new Route(OPENAI, "gpt-4o-mini"));
        assertThat(CATALOG.aliases()).containsEntry("fast", "groq/llama-3.1-8b");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "llama-3.1-8b", "mistral/mistral-large", "broken", "gemini-2.5-pro", "o", "ox-1",
            "/gpt-4o", "GPT-4O", "Claude-3"})
    void unknownModelsResolveToNothing(String model) {
        assertThat(CATALOG.resolve(model)).isEmpty();
    }

    @Test
    void howToConfigureNamesTheModelAndTheConfiguredProviders() {
        String help = CATALOG.howToConfigure("llama-3.1-8b");
        assertThat(help).contains("'llama-3.1-8b'").contains("openai").contains("anthropic").contains("groq")
                .contains("provider/model").contains("alias");
    }

    @Test
    void withFallbacksListsTheModelThenItsFallbacksInOrder() {
        assertThat(CATALOG.withFallbacks("gpt-4o")).containsExactly("gpt-4o", "claude-sonnet-4-5", "groq/llama-3.1-8b");
        assertThat(CATALOG.withFallbacks("claude-sonnet-4-5")).containsExactly("claude-sonnet-4-5");
    }

    @Test
    void familyRoutingNeedsAProviderOfThatKind() {
        ModelCatalog onlyGroq = new ModelCatalog(List.of(GROQ), Map.of(), Map.of());
        assertThat(onlyGroq.resolve("gpt-4o")).isEmpty();
        assertThat(onlyGroq.resolve("claude-sonnet-4-5")).isEmpty();
        assertThat(onlyGroq.resolve("groq/llama-3.1-8b")).contains(new Route(GROQ, "llama-3.1-8b"));
    }

    @Test
    void openAiFamilyPrefersTheProviderNamedOpenaiThenTheFirstOfKindOpenAi() {
        Provider proxy = provider("corp-proxy", ProviderKind.OPENAI, "https://proxy.corp/v1", "k");
        Provider second = provider("second", ProviderKind.OPENAI, "https://second/v1", "k");
        assertThat(new ModelCatalog(List.of(proxy, OPENAI), Map.of(), Map.of()).resolve("gpt-4o"))
                .contains(new Route(OPENAI, "gpt-4o"));
        assertThat(new ModelCatalog(List.of(proxy, second), Map.of(), Map.of()).resolve("gpt-4o"))
                .contains(new Route(proxy, "gpt-4o"));
    }

    @Test
    void claudeGoesToTheFirstAnthropicKindProviderWhateverItsName() {
        Provider bedrockish = provider("my-anthropic", ProviderKind.ANTHROPIC, "https://anthropic.proxy", "k");
        assertThat(new ModelCatalog(List.of(GROQ, bedrockish), Map.of(), Map.of()).resolve("claude-haiku-4-5"))
                .contains(new Route(bedrockish, "claude-haiku-4-5"));
    }

    @Test
    void providersKeepTheirConfiguredOrder() {
        assertThat(CATALOG.providers()).containsExactly(OPENAI, ANTHROPIC, GROQ);
    }
}
