package com.netra.apex.local.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.savings.SavingsCause;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The exact cache end to end: the OpenAI SDK as caller, WireMock as OpenAI, DynamoDB Local as the cache. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactCacheTest {

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

    private static ChatCompletionCreateParams ask(String question) {
        return ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage(question).build();
    }

    private void stubCompletion(String question) {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(question))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.OPENAI_COMPLETION)));
    }

    private int providerCalls(String question) {
        return gw.provider.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(question))).size();
    }

    private List<UsageRecord> awaitSorted(String tenant, int n) throws InterruptedException {
        return gw.awaitRecords(tenant, n).stream().sorted(Comparator.comparing(UsageRecord::receivedAt)).toList();
    }

    @Test
    void anIdenticalRequestIsAnsweredFromTheCacheAndItsSavingIsTheBaselineToTheMicroDollar() throws Exception {
        String q = "What is the capital of France? (exact-1)";
        stubCompletion(q);
        OpenAIClient client = client(gw.newKey("exact-hit"));

        ChatCompletion first = client.chat().completions().create(ask(q));
        Thread.sleep(300); // the answer is stored in the background
        var second = client.chat().completions().withRawResponse().create(ask(q));

        assertThat(providerCalls(q)).isEqualTo(1);
        assertThat(second.headers().values("x-apex-cache")).containsExactly("hit-exact");
        ChatCompletion hit = second.parse();
        assertThat(hit.choices().get(0).message().content()).isEqualTo(first.choices().get(0).message().content());
        assertThat(hit.id()).isNotEqualTo(first.id());
        List<UsageRecord> records = awaitSorted("exact-hit", 2);
        UsageRecord miss = records.get(0);
        UsageRecord served = records.get(1);
        assertThat(miss.cacheStatus()).isEqualTo("miss");
        assertThat(served.cacheStatus()).isEqualTo("exact");
        assertThat(served.cost().amount()).contains(Money.ZERO);
        assertThat(served.tokens()).isEqualTo(TokenUsage.NONE);
        // The baseline is the cached answer's tokens at gpt-4o-mini's price: 200 x 0.15 + 1000 x 0.075 + 300 x 0.60 per M
        assertThat(served.savings().baseline().amount()).contains(Money.usd("0.000285"));
        assertThat(served.savings().of(SavingsCause.EXACT_CACHE).toMicros()).isEqualTo(285);
        assertThat(miss.savings().total()).isEqualTo(Money.ZERO);
    }

    @Test
    void aStreamedAnswerIsCachedAndReplayedAsAProperStream() throws Exception {
        String q = "Say hello to the world (exact-stream)";
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(q))
                .willReturn(aResponse().withHeader("content-type", "text/event-stream").withBody(ProviderStubs.OPENAI_STREAM)));
        OpenAIClient client = client(gw.newKey("exact-stream"));

        String live = streamText(client, ask(q));
        Thread.sleep(300);
        String replayed = streamText(client, ask(q));
        ChatCompletion asJson = client.chat().completions().create(ask(q));

        assertThat(live).isEqualTo("Hello world");
        assertThat(replayed).isEqualTo("Hello world");
        assertThat(asJson.choices().get(0).message().content()).contains("Hello world");
        assertThat(providerCalls(q)).isEqualTo(1);
        List<UsageRecord> records = awaitSorted("exact-stream", 3);
        assertThat(records).extracting(UsageRecord::cacheStatus).containsExactly("miss", "exact", "exact");
        assertThat(records.get(1).streamed()).isTrue();
        // 20 input x $0.15/M + 2 output x $0.60/M, the streamed answer's own usage
        assertThat(records.get(1).savings().of(SavingsCause.EXACT_CACHE)).isEqualTo(Money.usd("0.0000042"));
    }

    private static String streamText(OpenAIClient client, ChatCompletionCreateParams params) {
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
            return stream.stream().flatMap(c -> c.choices().stream()).map(c -> c.delta().content().orElse(""))
                    .collect(Collectors.joining());
        }
    }

    @Test
    void anotherTenantNeverSeesTheAnswer() throws Exception {
        String q = "What is our refund policy? (exact-tenants)";
        stubCompletion(q);

        client(gw.newKey("exact-tenant-a")).chat().completions().create(ask(q));
        Thread.sleep(300);
        var other = client(gw.newKey("exact-tenant-b")).chat().completions().withRawResponse().create(ask(q));

        assertThat(other.headers().values("x-apex-cache")).containsExactly("miss");
        assertThat(providerCalls(q)).isEqualTo(2);
    }

    @Test
    void anyAnswerChangingFieldMissesTheCache() throws Exception {
        String q = "Name a colour (exact-fields)";
        stubCompletion(q);
        OpenAIClient client = client(gw.newKey("exact-fields"));

        client.chat().completions().create(ask(q));
        Thread.sleep(300);
        client.chat().completions().create(ask(q).toBuilder().temperature(0.2).build());
        client.chat().completions().create(ask(q).toBuilder().maxCompletionTokens(5).build());
        client.chat().completions().create(ask(q).toBuilder().addSystemMessage("Answer in German.").build());

        assertThat(providerCalls(q)).isEqualTo(4);
    }

    @Test
    void requestsThatMustNotBeCachedAreNot() throws Exception {
        String q = "Write a poem (exact-never)";
        stubCompletion(q);
        OpenAIClient client = client(gw.newKey("exact-never"));

        for (int i = 0; i < 2; i++) {
            client.chat().completions().create(ask(q).toBuilder().temperature(1.5).build());
            client.chat().completions().create(ask(q).toBuilder().n(2).build());
            client.chat().completions().create(ask(q).toBuilder().putAdditionalHeader("x-apex-cache", "off").build());
            Thread.sleep(200);
        }

        assertThat(providerCalls(q)).isEqualTo(6);
        assertThat(gw.awaitRecords("exact-never", 6)).extracting(UsageRecord::cacheStatus).containsOnly("bypass");
    }

    @Test
    void aBadControlHeaderIsAnOpenAiStyleError() {
        var error = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> client(gw.newKey("exact-header")).chat().completions().create(ask("hi").toBuilder()
                        .putAdditionalHeader("x-apex-cache", "sometimes").build()),
                com.openai.errors.BadRequestException.class);
        assertThat(error.getMessage()).contains("x-apex-cache must be off, exact or semantic");
    }
}
