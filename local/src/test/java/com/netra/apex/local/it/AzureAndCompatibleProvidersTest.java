package com.netra.apex.local.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.usage.UsageRecord;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Azure OpenAI deployments and any OpenAI-compatible base URL (vLLM, Ollama, Groq, ...). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AzureAndCompatibleProvidersTest {

    private GatewayFixture gw;

    @BeforeAll
    void start() {
        gw = GatewayFixture.start(base -> Map.of(
                "apex.providers.azure.base-url", base,
                "apex.providers.azure.api-key", "test-azure-key",
                "apex.providers.azure.deployments", "gpt-4o=prod-4o",
                "apex.providers.ollama.kind", "openai_compatible",
                "apex.providers.ollama.base-url", base + "/ollama/v1"));
    }

    @AfterAll
    void stop() {
        gw.close();
    }

    @Test
    void azureDeploymentIsAddressedWithItsApiVersionAndKey() {
        gw.provider.stubFor(post(urlPathEqualTo("/openai/deployments/prod-4o/chat/completions"))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.OPENAI_COMPLETION)));
        String tenant = "azure";
        var client = OpenAIOkHttpClient.builder().apiKey(gw.newKey(tenant)).baseUrl(gw.baseUrl() + "/v1").maxRetries(0).build();

        var completion = client.chat().completions().create(ChatCompletionCreateParams.builder().model("azure/gpt-4o").addUserMessage("hi").build());

        assertThat(completion.choices().get(0).message().content()).contains("Paris is the capital of France.");
        gw.provider.verify(postRequestedFor(urlEqualTo("/openai/deployments/prod-4o/chat/completions?api-version=2024-10-21"))
                .withHeader("api-key", equalTo("test-azure-key")).withHeader("authorization", absent()));
        UsageRecord r = gw.records(tenant).get(0);
        assertThat(r.provider()).isEqualTo("azure");
        assertThat(r.cost().amount()).contains(Money.usd("0.000285")); // priced at OpenAI's list price for the served model
    }

    @Test
    void openAiCompatibleServerGetsTheModelWithoutItsProviderPrefixAndIsUnpricedUntilConfigured() {
        gw.provider.stubFor(post(urlEqualTo("/ollama/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.2")))
                .willReturn(aResponse().withHeader("content-type", "application/json")
                        .withBody(ProviderStubs.OPENAI_COMPLETION.replace("gpt-4o-mini-2024-07-18", "llama3.2"))));
        String tenant = "ollama";
        var client = OpenAIOkHttpClient.builder().apiKey(gw.newKey(tenant)).baseUrl(gw.baseUrl() + "/v1").maxRetries(0).build();

        client.chat().completions().create(ChatCompletionCreateParams.builder().model("ollama/llama3.2").addUserMessage("hi").build());

        UsageRecord r = gw.records(tenant).get(0);
        assertThat(r.provider()).isEqualTo("ollama");
        assertThat(r.cost().priced()).as("a model missing from the price table is unpriced, never $0").isFalse();
        assertThat(r.tokens().totalTokens()).isEqualTo(1500);
    }
}
