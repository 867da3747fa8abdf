package com.netra.apex.local.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.messages.CacheControlEphemeral;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.TextBlockParam;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Anthropic SDK through /v1/messages, and the OpenAI SDK calling Claude models through translation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnthropicAndTranslationTest {

    private GatewayFixture gw;

    @BeforeAll
    void start() {
        gw = GatewayFixture.start();
    }

    @AfterAll
    void stop() {
        gw.close();
    }

    private AnthropicClient anthropic(String key) {
        return AnthropicOkHttpClient.builder().apiKey(key).baseUrl(gw.baseUrl()).maxRetries(0).build();
    }

    @Test
    void messagesPassThroughWithCacheControlAndCacheTokensPricedApart() {
        gw.provider.stubFor(post(urlEqualTo("/v1/messages")).withHeader("x-api-key", equalTo("test-anthropic-key"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("claude-sonnet-4-5")))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.ANTHROPIC_MESSAGE)));
        String tenant = "anthropic-messages";
        MessageCreateParams params = MessageCreateParams.builder().model("claude-sonnet-4-5").maxTokens(200)
                .systemOfTextBlockParams(List.of(TextBlockParam.builder().text("You are a long, stable system prompt.")
                        .cacheControl(CacheControlEphemeral.builder().build()).build()))
                .addUserMessage("Say hello in French").build();

        Message message = anthropic(gw.newKey(tenant)).messages().create(params);

        assertThat(message.content().get(0).asText().text()).isEqualTo("Bonjour!");
        gw.provider.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(matchingJsonPath("$.system[0].cache_control.type", equalTo("ephemeral")))
                .withHeader("anthropic-version", equalTo("2023-06-01")));
        UsageRecord r = gw.records(tenant).get(0);
        assertThat(r.tokens()).isEqualTo(new TokenUsage(100, 5000, 2000, 50));
        // claude-sonnet-4-5: $3/M input, $0.30/M cache read, $3.75/M cache write, $15/M output
        assertThat(r.cost().amount()).contains(Money.usd("0.01005"));
    }

    @Test
    void streamedMessagesPassThroughAndAreMetered() {
        gw.provider.stubFor(post(urlEqualTo("/v1/messages")).withRequestBody(matchingJsonPath("$.model", equalTo("claude-haiku-4-5")))
                .willReturn(aResponse().withHeader("content-type", "text/event-stream").withBody(ProviderStubs.ANTHROPIC_STREAM)));
        String tenant = "anthropic-stream";
        MessageCreateParams params = MessageCreateParams.builder().model("claude-haiku-4-5").maxTokens(100).addUserMessage("hi").build();

        String text;
        try (com.anthropic.core.http.StreamResponse<RawMessageStreamEvent> stream = anthropic(gw.newKey(tenant)).messages().createStreaming(params)) {
            text = stream.stream().filter(RawMessageStreamEvent::isContentBlockDelta)
                    .map(e -> e.asContentBlockDelta().delta().text().map(t -> t.text()).orElse(""))
                    .collect(Collectors.joining());
        }

        assertThat(text).isEqualTo("Hi there");
        UsageRecord r = gw.records(tenant).get(0);
        assertThat(r.tokens()).isEqualTo(new TokenUsage(40, 0, 0, 12));
        // Priced as the model Anthropic reports serving (claude-sonnet-4-5): 40 x $3/M + 12 x $15/M
        assertThat(r.cost().amount()).contains(Money.usd("0.0003"));
    }

    @Test
    void openAiFormatRequestForClaudeIsTranslatedThereAndBack() {
        gw.provider.stubFor(post(urlEqualTo("/v1/messages")).withRequestBody(matchingJsonPath("$.model", equalTo("claude-sonnet-4-5-20250929")))
                .willReturn(aResponse().withHeader("content-type", "application/json").withBody(ProviderStubs.ANTHROPIC_MESSAGE)));
        String tenant = "translate";
        var client = OpenAIOkHttpClient.builder().apiKey(gw.newKey(tenant)).baseUrl(gw.baseUrl() + "/v1").maxRetries(0).build();

        ChatCompletion completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("claude-sonnet-4-5-20250929").addSystemMessage("Be brief.").addUserMessage("Say hello in French").build());

        assertThat(completion.choices().get(0).message().content()).contains("Bonjour!");
        assertThat(completion.usage().orElseThrow().promptTokens()).isEqualTo(7100);
        gw.provider.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(matchingJsonPath("$.system", containing("Be brief.")))
                .withRequestBody(matchingJsonPath("$.max_tokens")));
        UsageRecord r = gw.records(tenant).get(0);
        assertThat(r.provider()).isEqualTo("anthropic");
        assertThat(r.cost().amount()).contains(Money.usd("0.01005"));
    }

    @Test
    void openAiFormatStreamForClaudeIsTranslatedChunkByChunk() {
        gw.provider.stubFor(post(urlEqualTo("/v1/messages")).withRequestBody(matchingJsonPath("$.model", equalTo("claude-3-5-haiku")))
                .willReturn(aResponse().withHeader("content-type", "text/event-stream").withBody(ProviderStubs.ANTHROPIC_STREAM)));
        String tenant = "translate-stream";
        var client = OpenAIOkHttpClient.builder().apiKey(gw.newKey(tenant)).baseUrl(gw.baseUrl() + "/v1").maxRetries(0).build();

        List<ChatCompletionChunk> chunks;
        try (com.openai.core.http.StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("claude-3-5-haiku").addUserMessage("hi").build())) {
            chunks = stream.stream().toList();
        }

        String text = chunks.stream().flatMap(c -> c.choices().stream()).map(c -> c.delta().content().orElse("")).collect(Collectors.joining());
        assertThat(text).isEqualTo("Hi there");
        assertThat(chunks.get(chunks.size() - 1).choices().get(0).finishReason()).isPresent();
        UsageRecord r = gw.records(tenant).get(0);
        assertThat(r.tokens()).isEqualTo(new TokenUsage(40, 0, 0, 12));
        assertThat(r.streamed()).isTrue();
    }
}
