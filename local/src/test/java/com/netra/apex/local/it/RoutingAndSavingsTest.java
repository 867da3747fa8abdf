package com.netra.apex.local.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.optimize.PolicyStore;
import com.netra.apex.core.savings.SavingsCause;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.dynamodb.DynamoDbPolicyStore;
import com.netra.apex.dynamodb.OptimizationTables;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Tenant policies end to end: routing rules, the holdout and compression, with exact savings on the records. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingAndSavingsTest {

    private GatewayFixture gw;
    private PolicyStore policies;

    @BeforeAll
    void start() {
        gw = GatewayFixture.start(Map.of("apex.optimization.policy-cache-ttl", "0s", "apex.aliases", List.of("flagship=gpt-4o")));
        policies = new DynamoDbPolicyStore(gw.platform.bean(DynamoDbClient.class),
                gw.platform.bean(OptimizationTables.class).policies());
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

    private static ChatCompletionCreateParams ask(String question, String tags) {
        return ChatCompletionCreateParams.builder().model("gpt-4o").addUserMessage(question)
                .putAdditionalHeader("x-apex-tags", tags).build();
    }

    @Test
    void aTagRuleRoutesToTheCheaperModelAndTheSavingIsPricedAgainstTheRequestedModel() {
        policies.put("route-tag", PolicyStore.TENANT_SCOPE, Map.of("routing", "on", "routing.rules", "tag:batch>gpt-4o-mini"));
        String q = "Classify this ticket (route-tag)";

        var response = client(gw.newKey("route-tag")).chat().completions().withRawResponse().create(ask(q, "batch,nightly"));

        assertThat(response.headers().values("x-apex-routed-to")).containsExactly("gpt-4o-mini");
        gw.provider.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(q))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini"))));
        UsageRecord r = gw.records("route-tag").get(0);
        assertThat(r.requestedModel()).isEqualTo("gpt-4o");
        assertThat(r.servedModel()).isEqualTo("gpt-4o-mini-2024-07-18");
        // served: 200 x 0.15 + 1000 x 0.075 + 300 x 0.60 per M; baseline at gpt-4o: 200 x 2.50 + 1000 x 1.25 + 300 x 10.00
        assertThat(r.cost().amount()).contains(Money.usd("0.000285"));
        assertThat(r.savings().baseline().amount()).contains(Money.usd("0.00475"));
        assertThat(r.savings().of(SavingsCause.ROUTING).toMicros()).isEqualTo(4465);
        assertThat(r.savings().byCause()).containsOnlyKeys(SavingsCause.ROUTING);
    }

    @Test
    void anAliasIsPricedAsTheModelItStandsFor() {
        policies.put("route-alias", PolicyStore.TENANT_SCOPE, Map.of("routing", "on", "routing.rules", "tag:batch>gpt-4o-mini"));

        client(gw.newKey("route-alias")).chat().completions().create(ask("Classify this ticket (route-alias)", "batch")
                .toBuilder().model("flagship").build());

        UsageRecord r = gw.records("route-alias").get(0);
        assertThat(r.requestedModel()).isEqualTo("flagship");
        assertThat(r.savings().baseline().amount()).contains(Money.usd("0.00475")); // gpt-4o's price, not "unpriced"
        assertThat(r.savings().of(SavingsCause.ROUTING).toMicros()).isEqualTo(4465);
    }

    @Test
    void aKeyCanOverrideItsTenantAndAnUntaggedRequestIsNotRouted() {
        policies.put("route-key", PolicyStore.TENANT_SCOPE, Map.of("routing", "on", "routing.rules", "tag:batch>gpt-4o-mini"));
        String key = gw.newKey("route-key");
        String keyId = key.split("_")[1];
        policies.put("route-key", PolicyStore.keyScope(keyId), Map.of("routing", "off"));

        client(key).chat().completions().create(ask("Tagged but the key opted out (route-key)", "batch"));
        client(gw.newKey("route-key")).chat().completions().create(ask("Untagged (route-key)", "interactive"));

        assertThat(gw.records("route-key")).extracting(UsageRecord::savings)
                .allSatisfy(s -> assertThat(s.of(SavingsCause.ROUTING)).isEqualTo(Money.ZERO));
        gw.provider.verify(0, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("(route-key)"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini"))));
    }

    @Test
    void theHoldoutIsNeitherRoutedNorCachedAndIsMarkedOnTheRecord() {
        policies.put("holdout-all", PolicyStore.TENANT_SCOPE, Map.of("routing", "on", "routing.rules", "tag:batch>gpt-4o-mini",
                "holdout", "1"));
        String q = "Summarize the meeting (holdout)";
        OpenAIClient client = client(gw.newKey("holdout-all"));

        var first = client.chat().completions().withRawResponse().create(ask(q, "batch"));
        client.chat().completions().create(ask(q, "batch"));

        assertThat(first.headers().values("x-apex-holdout")).containsExactly("true");
        gw.provider.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(q))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o"))));
        List<UsageRecord> records = gw.records("holdout-all");
        assertThat(records).hasSize(2).allSatisfy(r -> {
            assertThat(r.holdout()).isTrue();
            assertThat(r.savings().total()).isEqualTo(Money.ZERO);
            assertThat(r.savings().baseline()).isEqualTo(r.cost());
        });
    }

    @Test
    void prettyPrintedJsonIsMinifiedBeforeItIsSentAndTheSavingIsCountedAsCompression() {
        String pretty = "Summarize this order (compress):\n{\n    \"order\": {\n        \"id\": 42,\n        \"items\": [\n"
                + "            {\"sku\": \"A-1\", \"qty\": 2},\n            {\"sku\": \"B-7\", \"qty\": 1}\n        ]\n    }\n}";
        String json = "{\n    \"order\": {\n        \"id\": 42,\n        \"items\": [\n            {\"sku\": \"A-1\", \"qty\": 2}\n        ]\n    }\n}";

        client(gw.newKey("compress")).chat().completions().create(ChatCompletionCreateParams.builder().model("gpt-4o")
                .addUserMessage(pretty).addSystemMessage(json).build());

        gw.provider.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("{\\\"order\\\":{\\\"id\\\":42,\\\"items\\\":[{\\\"sku\\\":\\\"A-1\\\",\\\"qty\\\":2}]}}")));
        UsageRecord r = gw.records("compress").get(0);
        Money compression = r.savings().of(SavingsCause.COMPRESSION);
        assertThat(compression).isGreaterThan(Money.ZERO);
        assertThat(r.savings().baseline().amount().orElseThrow().minus(r.cost().amount().orElseThrow()))
                .isEqualTo(r.savings().total());
    }
}
