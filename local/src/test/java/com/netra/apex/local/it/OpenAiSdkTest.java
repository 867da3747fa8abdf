package com.netra.apex.local.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The official OpenAI Java SDK as the caller, WireMock as OpenAI, DynamoDB Local as the store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiSdkTest {

    private GatewayFixture gw;

    @BeforeAll
    void start() {
        gw = GatewayFixture.start();
    }

    @AfterAll
    void stop() {
        gw.close();
    }

    private OpenAIClient client(String key) {
        return OpenAIOkHttpClient.builder().apiKey(key).baseUrl(gw.baseUrl() + "/v1").maxRetries(0).build();
    }

    private static ChatCompletionCreateParams params(String model) {
        return ChatCompletionCreateParams.builder().model(model).addUserMessage("What is the capital of France?").build();
    }

    @Test
    void nonStreamedChatIsPassedThroughAndMeteredWithCachedTokensPricedSeparately() {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withHeader("authorization", equalTo("Bearer test-openai-key"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.OPENAI_COMPLETION)));
        String tenant = "openai-nonstream";

        ChatCompletion completion = client(gw.newKey(tenant)).chat().completions().create(params("gpt-4o-mini"));

        assertThat(completion.choices().get(0).message().content()).contains("Paris is the capital of France.");
        assertThat(completion._additionalProperties()).containsKey("x_vendor_extra");
        List<UsageRecord> records = gw.records(tenant);
        assertThat(records).hasSize(1);
        UsageRecord r = records.get(0);
        assertThat(r.tokens()).isEqualTo(new TokenUsage(200, 1000, 0, 300));
        // gpt-4o-mini: $0.15/M input, $0.075/M cached input, $0.60/M output
        assertThat(r.cost().amount()).contains(Money.usd("0.000285"));
        assertThat(r.servedModel()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(r.provider()).isEqualTo("openai");
        assertThat(r.streamed()).isFalse();
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void streamedChatArrivesAsEventsAndIsMeteredFromTheProvidersUsage() {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o")))
                .willReturn(aResponse().withHeader("content-type", "text/event-stream").withBody(ProviderStubs.OPENAI_STREAM)));
        String tenant = "openai-stream";

        String text;
        List<ChatCompletionChunk> chunks;
        try (StreamResponse<ChatCompletionChunk> stream = client(gw.newKey(tenant)).chat().completions().createStreaming(params("gpt-4o"))) {
            chunks = stream.stream().toList();
        }
        text = chunks.stream().flatMap(c -> c.choices().stream()).map(c -> c.delta().content().orElse(""))
                .collect(Collectors.joining());

        assertThat(text).isEqualTo("Hello world");
        assertThat(chunks).allSatisfy(c -> assertThat(c.choices()).isNotEmpty()); // usage-only chunk removed: not asked for
        gw.provider.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.stream_options.include_usage", equalTo("true"))));
        UsageRecord r = gw.records(tenant).get(0);
        assertThat(r.streamed()).isTrue();
        assertThat(r.tokens()).isEqualTo(new TokenUsage(20, 0, 0, 2));
        // Priced as the model the provider served (gpt-4o-mini): 20 x $0.15/M + 2 x $0.60/M
        assertThat(r.cost().amount()).contains(Money.usd("0.0000042"));
        assertThat(r.outcome()).isEqualTo(UsageRecord.COMPLETED);
        assertThat(r.firstTokenMillis()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void streamedChatKeepsTheUsageChunkWhenTheCallerAskedForIt() {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4.1")))
                .willReturn(aResponse().withHeader("content-type", "text/event-stream").withBody(ProviderStubs.OPENAI_STREAM)));
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model("gpt-4.1").addUserMessage("hi")
                .streamOptions(com.openai.models.chat.completions.ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();

        List<ChatCompletionChunk> chunks;
        try (StreamResponse<ChatCompletionChunk> stream = client(gw.newKey("openai-usage")).chat().completions().createStreaming(params)) {
            chunks = stream.stream().toList();
        }

        ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.choices()).isEmpty();
        assertThat(last.usage().orElseThrow().promptTokens()).isEqualTo(20);
    }

    @Test
    void embeddingsAreMetered() {
        gw.provider.stubFor(post(urlEqualTo("/v1/embeddings"))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.OPENAI_EMBEDDING)));
        String tenant = "openai-embed";

        var response = client(gw.newKey(tenant)).embeddings().create(com.openai.models.embeddings.EmbeddingCreateParams.builder()
                .model("text-embedding-3-small").input("hello world").build());

        assertThat(response.data().get(0).embedding()).hasSize(3);
        UsageRecord r = gw.records(tenant).get(0);
        assertThat(r.endpoint()).isEqualTo("embeddings");
        assertThat(r.cost().amount()).contains(Money.usd("0.00000016")); // 8 x $0.02/M
    }
}
