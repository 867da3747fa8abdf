package com.netra.apex.local.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.messages.MessageCreateParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.savings.SavingsCause;
import com.netra.apex.core.usage.UsageRecord;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Provider prompt caching: OpenAI prompt_cache_key, Anthropic breakpoints only where reuse pays, and their savings. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderPromptCachingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private GatewayFixture gw;

    @BeforeAll
    void start() {
        gw = GatewayFixture.start();
        gw.provider.stubFor(post(urlEqualTo("/v1/messages"))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.ANTHROPIC_MESSAGE)));
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.OPENAI_COMPLETION)));
    }

    @AfterAll
    void stop() {
        gw.close();
    }

    private static String longSystemPrompt(String marker) {
        return ("You are the support assistant of " + marker + ". Policy: answer politely and cite the handbook. ").repeat(80).strip();
    }

    private List<JsonNode> sent(String path, String marker) throws Exception {
        List<LoggedRequest> requests = gw.provider.findAll(postRequestedFor(urlEqualTo(path)).withRequestBody(containing(marker)));
        List<JsonNode> bodies = new java.util.ArrayList<>();
        for (LoggedRequest r : requests) {
            bodies.add(JSON.readTree(r.getBodyAsString()));
        }
        return bodies;
    }

    @Test
    void anAnthropicBreakpointIsAddedOnlyOnceThePrefixRepeatsAndItsSavingIsCountedNetOfTheWritePremium() throws Exception {
        AnthropicClient client = AnthropicOkHttpClient.builder().apiKey(gw.newKey("anthropic-pc")).baseUrl(gw.baseUrl()).maxRetries(0).build();
        MessageCreateParams params = MessageCreateParams.builder().model("claude-sonnet-4-5").maxTokens(200)
                .system(longSystemPrompt("Acme-PC")).addUserMessage("Where is my order?").build();

        client.messages().create(params);
        client.messages().create(params);

        List<JsonNode> bodies = sent("/v1/messages", "Acme-PC");
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0).toString()).doesNotContain("cache_control");
        assertThat(bodies.get(1).at("/system/0/cache_control/type").asText()).isEqualTo("ephemeral");
        assertThat(bodies.get(1).at("/system/0/text").asText()).isEqualTo(longSystemPrompt("Acme-PC"));
        List<UsageRecord> records = gw.records("anthropic-pc").stream().sorted(Comparator.comparing(UsageRecord::receivedAt)).toList();
        assertThat(records.get(0).savings().of(SavingsCause.PROVIDER_CACHE)).isEqualTo(Money.ZERO);
        // without the breakpoint all 7,100 prompt tokens bill at $3/M; with it 100 x 3 + 2,000 x 3.75 + 5,000 x 0.30
        assertThat(records.get(1).savings().of(SavingsCause.PROVIDER_CACHE).toMicros()).isEqualTo(12_000);
    }

    @Test
    void aCallersOwnBreakpointsAreNeverTouched() throws Exception {
        String body = "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":100,\"system\":[{\"type\":\"text\",\"text\":\""
                + longSystemPrompt("Own-BP") + "\"}],\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"hi\",\"cache_control\":{\"type\":\"ephemeral\"}}]}]}";
        for (int i = 0; i < 2; i++) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(gw.baseUrl() + "/v1/messages"))
                    .header("x-api-key", gw.newKey("anthropic-own")).header("content-type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
            java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        }

        assertThat(sent("/v1/messages", "Own-BP")).allSatisfy(sentBody -> {
            assertThat(sentBody).isEqualTo(JSON.readTree(body));
        });
    }

    @Test
    void longOpenAiPrefixesGetAStablePromptCacheKeyAndACallersKeyIsKept() throws Exception {
        var client = OpenAIOkHttpClient.builder().apiKey(gw.newKey("openai-pc")).baseUrl(gw.baseUrl() + "/v1").maxRetries(0).build();
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model("gpt-4o-mini")
                .addSystemMessage(longSystemPrompt("OpenAI-PC")).addUserMessage("Where is my order?").build();

        client.chat().completions().create(params.toBuilder().putAdditionalHeader("x-apex-cache", "off").build());
        client.chat().completions().create(params.toBuilder().putAdditionalHeader("x-apex-cache", "off")
                .addUserMessage("And the invoice?").build());
        client.chat().completions().create(params.toBuilder().putAdditionalHeader("x-apex-cache", "off")
                .promptCacheKey("my-own-key").build());

        List<JsonNode> bodies = sent("/v1/chat/completions", "OpenAI-PC");
        assertThat(bodies).hasSize(3);
        String key = bodies.get(0).path("prompt_cache_key").asText();
        assertThat(key).startsWith("apex-");
        assertThat(bodies.get(1).path("prompt_cache_key").asText()).isEqualTo(key);
        assertThat(bodies.get(2).path("prompt_cache_key").asText()).isEqualTo("my-own-key");
    }
}
