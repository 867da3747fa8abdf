package com.netra.apex.core.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpstreamTargetTest {

    private static final String SECRET = "sk-super-secret-123";

    private static Provider provider(String name, ProviderKind kind, String baseUrl, String apiKey, String apiVersion,
                                     Map<String, String> deployments) {
        return new Provider(name, kind, baseUrl, apiKey, apiVersion, deployments, Duration.ofSeconds(5),
                Duration.ofSeconds(60), 2);
    }

    @Test
    void openAiUsesTheBaseUrlAndABearerToken() {
        Provider openai = provider("openai", ProviderKind.OPENAI, "https://api.openai.com/v1", SECRET, null, null);
        UpstreamTarget t = UpstreamTarget.openAiOperation(new Route(openai, "gpt-4o"), "chat/completions");
        assertThat(t.url()).isEqualTo("https://api.openai.com/v1/chat/completions");
        assertThat(t.headers()).containsExactly(entry("content-type", "application/json"),
                entry("authorization", "Bearer " + SECRET));
    }

    @Test
    void aTrailingSlashOnTheBaseUrlIsIgnored() {
        Provider openai = provider("openai", ProviderKind.OPENAI, "https://api.openai.com/v1/", SECRET, null, null);
        assertThat(openai.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(UpstreamTarget.openAiOperation(new Route(openai, "text-embedding-3-small"), "embeddings").url())
                .isEqualTo("https://api.openai.com/v1/embeddings");
    }

    @Test
    void anOpenAiCompatibleServerWithoutAKeyGetsNoAuthorizationHeader() {
        Provider ollama = provider("ollama", ProviderKind.OPENAI_COMPATIBLE, "http://localhost:11434/v1", null, null,
                null);
        UpstreamTarget t = UpstreamTarget.openAiOperation(new Route(ollama, "llama3"), "chat/completions");
        assertThat(t.url()).isEqualTo("http://localhost:11434/v1/chat/completions");
        assertThat(t.headers()).containsOnlyKeys("content-type");

        Provider blank = provider("vllm", ProviderKind.OPENAI_COMPATIBLE, "http://vllm:8000/v1", "  ", null, null);
        assertThat(UpstreamTarget.openAiOperation(new Route(blank, "m"), "chat/completions").headers())
                .doesNotContainKey("authorization");
    }

    @Test
    void azureAddressesTheDeploymentWithAnApiVersionAndAnApiKeyHeader() {
        Provider azure = provider("azure", ProviderKind.AZURE_OPENAI, "https://myres.openai.azure.com/", SECRET,
                "2024-10-21", Map.of("gpt-4o", "prod-4o"));
        UpstreamTarget t = UpstreamTarget.openAiOperation(new Route(azure, "gpt-4o"), "chat/completions");
        assertThat(t.url()).isEqualTo(
                "https://myres.openai.azure.com/openai/deployments/prod-4o/chat/completions?api-version=2024-10-21");
        assertThat(t.headers()).containsEntry("api-key", SECRET).doesNotContainKey("authorization")
                .containsEntry("content-type", "application/json");
    }

    @Test
    void azureWithoutADeploymentMappingUsesTheModelName() {
        Provider azure = provider("azure", ProviderKind.AZURE_OPENAI, "https://myres.openai.azure.com", SECRET,
                "2024-10-21", Map.of("gpt-4o", "prod-4o"));
        UpstreamTarget t = UpstreamTarget.openAiOperation(new Route(azure, "text-embedding-3-small"), "embeddings");
        assertThat(t.url()).isEqualTo("https://myres.openai.azure.com/openai/deployments/text-embedding-3-small"
                + "/embeddings?api-version=2024-10-21");
    }

    @Test
    void anthropicUsesV1MessagesWithXApiKeyAndAVersion() {
        Provider anthropic = provider("anthropic", ProviderKind.ANTHROPIC, "https://api.anthropic.com", SECRET, null,
                null);
        UpstreamTarget t = UpstreamTarget.anthropicMessages(new Route(anthropic, "claude-sonnet-4-5"), null, null);
        assertThat(t.url()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(t.headers()).containsEntry("x-api-key", SECRET)
                .containsEntry("anthropic-version", "2023-06-01")
                .containsEntry("content-type", "application/json")
                .doesNotContainKeys("authorization", "anthropic-beta");
    }

    @Test
    void anthropicPassesOnTheCallersVersionAndBeta() {
        Provider anthropic = provider("anthropic", ProviderKind.ANTHROPIC, "https://api.anthropic.com/", SECRET, null,
                null);
        UpstreamTarget t = UpstreamTarget.anthropicMessages(new Route(anthropic, "claude-sonnet-4-5"), "2024-01-01",
                "prompt-caching-2024-07-31");
        assertThat(t.url()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(t.headers()).containsEntry("anthropic-version", "2024-01-01")
                .containsEntry("anthropic-beta", "prompt-caching-2024-07-31");
    }

    @Test
    void toStringNeverContainsTheKey() {
        Provider openai = provider("openai", ProviderKind.OPENAI, "https://api.openai.com/v1", SECRET, null, null);
        Provider azure = provider("azure", ProviderKind.AZURE_OPENAI, "https://r.openai.azure.com", SECRET,
                "2024-10-21", null);
        Provider anthropic = provider("anthropic", ProviderKind.ANTHROPIC, "https://api.anthropic.com", SECRET, null,
                null);
        for (UpstreamTarget t : new UpstreamTarget[] {
                UpstreamTarget.openAiOperation(new Route(openai, "gpt-4o"), "chat/completions"),
                UpstreamTarget.openAiOperation(new Route(azure, "gpt-4o"), "chat/completions"),
                UpstreamTarget.anthropicMessages(new Route(anthropic, "claude-sonnet-4-5"), null, null)}) {
            assertThat(t.headers().toString()).contains(SECRET); // the key is there to be sent...
            assertThat(t.toString()).doesNotContain(SECRET).contains(t.url()); // ...but never printed
        }
    }

    @Test
    void providerToStringHidesTheKey() {
        Provider openai = provider("openai", ProviderKind.OPENAI, "https://api.openai.com/v1", SECRET, null, null);
        assertThat(openai.toString()).doesNotContain(SECRET).contains("openai").contains("https://api.openai.com/v1");
        assertThat(new Route(openai, "gpt-4o").toString()).doesNotContain(SECRET);
    }

    @Test
    void providerCopiesDeploymentsAndDefaultsThemToEmpty() {
        Map<String, String> deployments = new java.util.HashMap<>(Map.of("gpt-4o", "prod"));
        Provider azure = provider("azure", ProviderKind.AZURE_OPENAI, "https://r", SECRET, "v", deployments);
        deployments.put("gpt-4o", "changed");
        assertThat(azure.deployments()).containsExactly(entry("gpt-4o", "prod"));
        assertThat(provider("o", ProviderKind.OPENAI, "https://x", null, null, null).deployments()).isEmpty();
    }

    @Test
    void withApiKeyChangesOnlyTheKey() {
        Provider azure = provider("azure", ProviderKind.AZURE_OPENAI, "https://r.openai.azure.com", "operator-key",
                "2024-10-21", Map.of("gpt-4o", "prod"));
        Provider tenants = azure.withApiKey(SECRET);
        assertThat(tenants).isEqualTo(new Provider("azure", ProviderKind.AZURE_OPENAI, "https://r.openai.azure.com",
                SECRET, "2024-10-21", Map.of("gpt-4o", "prod"), azure.connectTimeout(), azure.readTimeout(),
                azure.maxRetries()));
        assertThat(azure.apiKey()).isEqualTo("operator-key");
        assertThat(tenants.toString()).doesNotContain(SECRET);
        assertThat(UpstreamTarget.openAiOperation(new Route(tenants, "gpt-4o"), "chat/completions").headers())
                .containsEntry("api-key", SECRET);
    }

    @Test
    void everyKindButAnthropicSpeaksOpenAi() {
        assertThat(ProviderKind.OPENAI.speaksOpenAi()).isTrue();
        assertThat(ProviderKind.AZURE_OPENAI.speaksOpenAi()).isTrue();
        assertThat(ProviderKind.OPENAI_COMPATIBLE.speaksOpenAi()).isTrue();
        assertThat(ProviderKind.ANTHROPIC.speaksOpenAi()).isFalse();
    }
}
