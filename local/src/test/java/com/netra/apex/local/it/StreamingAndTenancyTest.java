package com.netra.apex.local.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.tenancy.TenantProviderKeys;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.dynamodb.ApexTables;
import com.netra.apex.dynamodb.DynamoDbClients;
import com.netra.apex.dynamodb.DynamoDbTenantCredentialStore;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Streams that flow as they arrive, callers who leave mid-stream, LangChain4j callers, and tenant isolation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamingAndTenancyTest {

    private GatewayFixture gw;

    @BeforeAll
    void start() {
        gw = GatewayFixture.start();
    }

    @AfterAll
    void stop() {
        gw.close();
    }

    @Test
    void callerThatDisconnectsMidStreamIsStillMeteredForWhatWasGenerated() throws Exception {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o")))
                .willReturn(aResponse().withHeader("content-type", "text/event-stream").withBody(ProviderStubs.OPENAI_STREAM)
                        .withChunkedDribbleDelay(12, 3000)));
        String tenant = "disconnects";
        String body = "{\"model\":\"gpt-4o\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Tell me a long story about the sea\"}]}";

        long firstBytesMillis;
        try (Socket socket = new Socket("127.0.0.1", gw.platform.url().getPort())) {
            socket.setSoTimeout(15_000); // a stalled relay fails the test instead of hanging it
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + gw.newKey(tenant)
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                    + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            long started = System.nanoTime();
            String received = readUntil(socket.getInputStream(), "Hello");
            firstBytesMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(received).contains("text/event-stream").contains("Hello").doesNotContain("[DONE]");
        } // the caller hangs up here, long before the provider has finished

        assertThat(firstBytesMillis).as("events are relayed as they arrive, not after the whole stream").isLessThan(2500);
        UsageRecord r = gw.awaitRecords(tenant, 1).get(0);
        assertThat(r.outcome()).isEqualTo(UsageRecord.CLIENT_DISCONNECTED);
        assertThat(r.tokens().output()).isGreaterThanOrEqualTo(1);
        assertThat(r.tokens().input()).as("prompt estimated with the tokenizer").isGreaterThan(5);
        assertThat(r.cost().priced()).isTrue();
    }

    private static String readUntil(InputStream in, String marker) throws Exception {
        StringBuilder seen = new StringBuilder();
        byte[] buf = new byte[1024];
        while (!seen.toString().contains(marker)) {
            int n = in.read(buf);
            if (n < 0) {
                break;
            }
            seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
        }
        return seen.toString();
    }

    @Test
    void langChain4jOpenAiAndAnthropicClientsWorkThroughTheGateway() {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.OPENAI_COMPLETION)));
        gw.provider.stubFor(post(urlEqualTo("/v1/messages")).withRequestBody(matchingJsonPath("$.model", equalTo("claude-sonnet-4-5")))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.ANTHROPIC_MESSAGE)));
        String tenant = "langchain4j";
        String key = gw.newKey(tenant);

        String openAi = OpenAiChatModel.builder().baseUrl(gw.baseUrl() + "/v1").apiKey(key).modelName("gpt-4o-mini").maxRetries(0)
                .build().chat("What is the capital of France?");
        String anthropic = AnthropicChatModel.builder().baseUrl(gw.baseUrl() + "/v1/").apiKey(key).modelName("claude-sonnet-4-5")
                .maxRetries(0).build().chat("Say hello in French");

        assertThat(openAi).isEqualTo("Paris is the capital of France.");
        assertThat(anthropic).isEqualTo("Bonjour!");
        assertThat(gw.records(tenant)).extracting(UsageRecord::provider).containsExactlyInAnyOrder("openai", "anthropic");
    }

    @Test
    void usageApiShowsOnlyTheCallersOwnTenant() throws Exception {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4.1-mini")))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.OPENAI_COMPLETION)));
        HttpClient http = HttpClient.newHttpClient();
        String keyA = gw.newKey("tenant-a");
        String keyB = gw.newKey("tenant-b");
        for (String key : List.of(keyA, keyA, keyB)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gw.baseUrl() + "/v1/chat/completions"))
                    .header("authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(
                            "{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        }
        gw.records("tenant-a");

        JsonNode usageA = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(gw.baseUrl() + "/v1/usage"))
                .header("authorization", "Bearer " + keyA).build(), HttpResponse.BodyHandlers.ofString()).body());

        assertThat(usageA.path("tenant").asText()).isEqualTo("tenant-a");
        assertThat(usageA.path("total").path("requests").asLong()).isEqualTo(2);
        assertThat(usageA.path("total").path("saved_usd").isTextual()).isTrue();
        assertThat(usageA.path("total").path("savings_usd").has("routing")).isTrue();
        assertThat(usageA.path("holdout").path("verdict").asText()).isEqualTo("insufficient data");
        assertThat(gw.records("tenant-b")).hasSize(1);
    }

    @Test
    void tenantsOwnProviderKeyIsUsedForThatTenantOnlyAndStoredEncrypted() throws Exception {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-5")))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.OPENAI_COMPLETION)));
        gw.platform.bean(TenantProviderKeys.class).set("byok", "openai", "sk-tenant-own-test-key");
        HttpClient http = HttpClient.newHttpClient();
        for (String tenant : List.of("byok", "operator-keyed")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gw.baseUrl() + "/v1/chat/completions"))
                    .header("authorization", "Bearer " + gw.newKey(tenant)).POST(HttpRequest.BodyPublishers.ofString(
                            "{\"model\":\"gpt-5\",\"user\":\"" + tenant + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        }

        gw.provider.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.user", equalTo("byok")))
                .withHeader("authorization", equalTo("Bearer sk-tenant-own-test-key")));
        gw.provider.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.user", equalTo("operator-keyed")))
                .withHeader("authorization", equalTo("Bearer test-openai-key")));
        var stored = new DynamoDbTenantCredentialStore(DynamoDbClients.forEndpoint(gw.platform.dynamoDbEndpoint()),
                ApexTables.DEFAULT_TENANT_CREDENTIALS).findAll("byok");
        assertThat(stored.get("openai")).isNotBlank().doesNotContain("sk-tenant-own-test-key");
    }
}
