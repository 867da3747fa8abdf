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
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.netra.apex.core.tenancy.ApiKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every error a caller can meet comes back in their format with a message a person can act on. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorsAndAuthTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private GatewayFixture gw;
    private String key;

    @BeforeAll
    void start() {
        gw = GatewayFixture.start(Map.of(
                "apex.fallbacks", java.util.List.of("gpt-4.1-nano>gpt-4.1-mini"),
                "apex.providers.dead.kind", "openai_compatible",
                "apex.providers.dead.base-url", "http://127.0.0.1:9/v1",
                "apex.providers.dead.max-retries", "1",
                "apex.aliases", java.util.List.of("fast=gpt-4o-mini"),
                "apex.providers.openai.max-retries", "1"));
        key = gw.newKey("errors");
    }

    @AfterAll
    void stop() {
        gw.close();
    }

    private HttpResponse<String> send(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gw.baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("content-type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> chat(String body) throws IOException, InterruptedException {
        return send("/v1/chat/completions", body, "authorization", "Bearer " + key);
    }

    private static JsonNode error(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).path("error");
    }

    @Test
    void missingKeyIs401InOpenAiFormat() throws Exception {
        HttpResponse<String> r = send("/v1/chat/completions", "{\"model\":\"gpt-4o\",\"messages\":[]}");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(error(r).path("type").asText()).isEqualTo("authentication_error");
        assertThat(error(r).path("message").asText()).contains("Authorization: Bearer");
    }

    @Test
    void revokedKeyIs401AndAnthropicCallersGetAnthropicFormat() throws Exception {
        String revoked = gw.newKey("revoked");
        gw.platform.bean(ApiKeys.class).revoke(revoked.split("_")[1]);

        HttpResponse<String> r = send("/v1/messages", "{\"model\":\"claude-haiku-4-5\",\"max_tokens\":5,\"messages\":[]}", "x-api-key", revoked);

        assertThat(r.statusCode()).isEqualTo(401);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("type").asText()).isEqualTo("error");
        assertThat(body.path("error").path("type").asText()).isEqualTo("authentication_error");
    }

    @Test
    void malformedJsonIs400WithWhereItBroke() throws Exception {
        HttpResponse<String> r = chat("{\"model\": \"gpt-4o\", \"messages\": [}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(error(r).path("code").asText()).isEqualTo("invalid_json");
        assertThat(error(r).path("message").asText()).contains("line 1");
        assertThat(gw.records("errors")).as("a refused request is metered too")
                .anySatisfy(u -> {
                    assertThat(u.outcome()).isEqualTo(com.netra.apex.core.usage.UsageRecord.REJECTED);
                    assertThat(u.status()).isEqualTo(400);
                    assertThat(u.cost().amount()).contains(com.netra.apex.core.money.Money.ZERO);
                });
    }

    @Test
    void unknownModelIs400SayingHowToConfigureIt() throws Exception {
        HttpResponse<String> r = chat("{\"model\":\"llama-99\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(error(r).path("code").asText()).isEqualTo("model_not_found");
        assertThat(error(r).path("message").asText()).contains("provider/model").contains("apex.aliases");
    }

    @Test
    void unreachableProviderIs502AfterRetries() throws Exception {
        HttpResponse<String> r = chat("{\"model\":\"dead/some-model\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(error(r).path("message").asText()).contains("dead").contains("could not be connected");
    }

    @Test
    void silentProviderIs504() throws Exception {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-5-nano")))
                .willReturn(aResponse().withFixedDelay(10_000).withBody("{}")));
        HttpResponse<String> r = chat("{\"model\":\"gpt-5-nano\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(r.statusCode()).isEqualTo(504);
        assertThat(error(r).path("message").asText()).contains("did not answer within 3 s");
    }

    @Test
    void serverErrorIsRetriedThenSucceeds() throws Exception {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-5-mini")))
                .inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"overloaded\"}}")));
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-5-mini")))
                .inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.OPENAI_COMPLETION)));
        HttpResponse<String> r = chat("{\"model\":\"gpt-5-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(r.statusCode()).isEqualTo(200);
        gw.provider.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-5-mini"))));
    }

    @Test
    void brokenConnectionFallsBackToTheConfiguredModel() throws Exception {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4.1-nano")))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4.1-mini")))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.OPENAI_COMPLETION)));
        HttpResponse<String> r = chat("{\"model\":\"gpt-4.1-nano\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Paris");
    }

    @Test
    void providerClientErrorsArePassedBackNotRetried() throws Exception {
        gw.provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("o3")))
                .willReturn(aResponse().withStatus(400).withHeader("content-type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Unsupported parameter: 'temperature'\",\"type\":\"invalid_request_error\",\"param\":\"temperature\",\"code\":\"unsupported_parameter\"}}")));
        HttpResponse<String> r = chat("{\"model\":\"o3\",\"temperature\":0.2,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(error(r).path("param").asText()).isEqualTo("temperature");
        gw.provider.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.model", equalTo("o3"))));
    }

    @Test
    void aliasResolvesAndModelsListsIt() throws Exception {
        HttpResponse<String> models = http.send(HttpRequest.newBuilder(URI.create(gw.baseUrl() + "/v1/models"))
                .header("authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(models.statusCode()).isEqualTo(200);
        assertThat(models.body()).contains("\"fast\"").contains("\"gpt-4o-mini\"").contains("\"claude-sonnet-4-5\"");
    }
}
