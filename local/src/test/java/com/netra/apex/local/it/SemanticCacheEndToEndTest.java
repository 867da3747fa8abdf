package com.netra.apex.local.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.savings.SavingsCause;
import com.netra.apex.core.usage.UsageRecord;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The semantic cache through the gateway: the real embedding model, DynamoDB Local, the meaning guard. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SemanticCacheEndToEndTest {

    private GatewayFixture gw;

    @BeforeAll
    void start() {
        gw = GatewayFixture.start();
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.OPENAI_COMPLETION)));
    }

    @AfterAll
    void stop() {
        gw.close();
    }

    private OpenAIClient client(String key) {
        return OpenAIOkHttpClient.builder().apiKey(key).baseUrl(gw.baseUrl() + "/v1").maxRetries(0).build();
    }

    private static ChatCompletionCreateParams ask(String question) {
        return ChatCompletionCreateParams.builder().model("gpt-4o-mini")
                .addSystemMessage("You are the support assistant of an online shop.")
                .addUserMessage(question).putAdditionalHeader("x-apex-cache", "semantic").build();
    }

    private String cacheStatus(OpenAIClient client, String question) {
        return client.chat().completions().withRawResponse().create(ask(question)).headers().values("x-apex-cache").get(0);
    }

    private int providerCalls(String marker) {
        return gw.provider.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(marker))).size();
    }

    @Test
    void aParaphraseIsServedFromTheCacheAndMeteredAsASemanticSaving() throws Exception {
        OpenAIClient client = client(gw.newKey("semantic-hit"));

        assertThat(cacheStatus(client, "How do I reset my account password?")).isEqualTo("miss");
        Thread.sleep(500); // stored in the background
        assertThat(cacheStatus(client, "How can I reset the password of my account?")).isEqualTo("hit-semantic");

        assertThat(providerCalls("reset the password of my account")).isZero();
        List<UsageRecord> records = gw.awaitRecords("semantic-hit", 2).stream()
                .sorted(Comparator.comparing(UsageRecord::receivedAt)).toList();
        assertThat(records.get(1).cacheStatus()).isEqualTo("semantic");
        assertThat(records.get(1).savings().of(SavingsCause.SEMANTIC_CACHE).toMicros()).isEqualTo(285);
    }

    @Test
    void aDifferentNumberIsNeverServedTheCachedAnswer() throws Exception {
        OpenAIClient client = client(gw.newKey("semantic-flip"));

        cacheStatus(client, "Can I return an item after 14 days?");
        Thread.sleep(500);

        assertThat(cacheStatus(client, "Can I return an item after 40 days?")).isEqualTo("miss");
        assertThat(cacheStatus(client, "Can I not return an item after 14 days?")).isEqualTo("miss");
        assertThat(providerCalls("40 days")).isEqualTo(1);
    }

    @Test
    void anotherTenantNeverGetsTheSemanticHit() throws Exception {
        cacheStatus(client(gw.newKey("semantic-tenant-a")), "Which payment methods do you accept for orders?");
        Thread.sleep(500);

        assertThat(cacheStatus(client(gw.newKey("semantic-tenant-b")), "What payment methods do you accept for an order?"))
                .isEqualTo("miss");
    }

    @Test
    void aDifferentEarlierTurnIsADifferentConversation() throws Exception {
        OpenAIClient client = client(gw.newKey("semantic-context"));
        ChatCompletionCreateParams first = ask("And how long does it take?").toBuilder()
                .messages(List.of()).addSystemMessage("You are the support assistant of an online shop.")
                .addUserMessage("I want to return my shoes.").addAssistantMessage("Sure, returns are free.")
                .addUserMessage("And how long does it take?").build();
        client.chat().completions().create(first);
        Thread.sleep(500);

        ChatCompletionCreateParams other = first.toBuilder().messages(List.of())
                .addSystemMessage("You are the support assistant of an online shop.")
                .addUserMessage("I want to ship a parcel abroad.").addAssistantMessage("Sure, we ship worldwide.")
                .addUserMessage("And how long does it take?").build();
        var response = client.chat().completions().withRawResponse().create(other);

        assertThat(response.headers().values("x-apex-cache")).containsExactly("miss");
    }
}
