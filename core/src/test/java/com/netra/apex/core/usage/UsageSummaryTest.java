package com.netra.apex.core.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageSummaryTest {

    private static int sequence;

    private static UsageRecord record(String provider, String requested, String served, TokenUsage tokens, Cost cost,
                                      int status) {
        return new UsageRecord("req-" + sequence++, "acme", "key1", Instant.parse("2026-01-15T10:00:00Z"),
                "/v1/chat/completions", provider, requested, served, false, tokens, cost, status,
                status >= 400 ? UsageRecord.UPSTREAM_ERROR : UsageRecord.COMPLETED, 100, -1, "none");
    }

    private static Cost usd(String amount) {
        return Cost.of(Money.usd(amount), "v1");
    }

    @Test
    void summarisesPerServedModelWithTotals() {
        List<UsageRecord> records = List.of(
                record("openai", "gpt-4o", "gpt-4o-2024-08-06", new TokenUsage(100, 10, 0, 50), usd("0.001"), 200),
                record("openai", "gpt-4o", "gpt-4o-2024-08-06", new TokenUsage(200, 0, 0, 70), usd("0.002"), 200),
                record("openai", "gpt-4o", "gpt-4o-2024-08-06", TokenUsage.NONE, usd("0"), 502),
                record("anthropic", "claude-sonnet-4-5", "claude-sonnet-4-5", new TokenUsage(5, 100, 300, 20),
                        usd("0.0000015"), 200),
                record("groq", "llama-3.1-8b", "llama-3.1-8b", new TokenUsage(30, 0, 0, 40), Cost.unpriced(), 200),
                record("groq", "llama-3.1-8b", "llama-3.1-8b", new TokenUsage(1, 0, 0, 0), Cost.unpriced(), 429));

        UsageSummary s = UsageSummary.of("acme", records);

        assertThat(s.tenantId()).isEqualTo("acme");
        assertThat(s.byModel()).containsOnlyKeys("openai/gpt-4o-2024-08-06", "anthropic/claude-sonnet-4-5",
                "groq/llama-3.1-8b");
        assertThat(s.byModel().get("openai/gpt-4o-2024-08-06")).isEqualTo(new UsageSummary.ModelLine(
                3, 1, new TokenUsage(300, 10, 0, 120), Money.usd("0.003"), 0));
        assertThat(s.byModel().get("anthropic/claude-sonnet-4-5")).isEqualTo(new UsageSummary.ModelLine(
                1, 0, new TokenUsage(5, 100, 300, 20), Money.usd("0.0000015"), 0));
        assertThat(s.byModel().get("groq/llama-3.1-8b")).isEqualTo(new UsageSummary.ModelLine(
                2, 1, new TokenUsage(31, 0, 0, 40), Money.ZERO, 2));
        assertThat(s.total()).isEqualTo(new UsageSummary.ModelLine(
                6, 2, new TokenUsage(336, 110, 300, 180), Money.usd("0.0030015"), 2));
    }

    @Test
    void modelsAreOrderedByName() {
        UsageSummary s = UsageSummary.of("acme", List.of(
                record("openai", "gpt-4o", "gpt-4o", TokenUsage.NONE, usd("0"), 200),
                record("anthropic", "claude-haiku-4-5", "claude-haiku-4-5", TokenUsage.NONE, usd("0"), 200),
                record("groq", "m", "m", TokenUsage.NONE, usd("0"), 200)));
        assertThat(s.byModel().keySet()).containsExactly("anthropic/claude-haiku-4-5", "groq/m", "openai/gpt-4o");
    }

    @Test
    void fallsBackToTheRequestedModelWhenNothingWasServed() {
        UsageSummary s = UsageSummary.of("acme", List.of(
                record("openai", "gpt-4o", null, TokenUsage.NONE, Cost.unpriced(), 503)));
        assertThat(s.byModel()).containsOnlyKeys("openai/gpt-4o");
        assertThat(s.byModel().get("openai/gpt-4o").errors()).isEqualTo(1);
        assertThat(s.byModel().get("openai/gpt-4o").unpricedRequests()).isEqualTo(1);
    }

    @Test
    void errorsAreStatusesFrom400() {
        UsageSummary s = UsageSummary.of("acme", List.of(
                record("openai", "gpt-4o", "gpt-4o", TokenUsage.NONE, usd("0"), 399),
                record("openai", "gpt-4o", "gpt-4o", TokenUsage.NONE, usd("0"), 400),
                record("openai", "gpt-4o", "gpt-4o", TokenUsage.NONE, usd("0"), 200)));
        assertThat(s.total().requests()).isEqualTo(3);
        assertThat(s.total().errors()).isEqualTo(1);
    }

    @Test
    void noRecordsIsAnEmptySummary() {
        UsageSummary s = UsageSummary.of("acme", List.of());
        assertThat(s.byModel()).isEmpty();
        assertThat(s.total()).isEqualTo(new UsageSummary.ModelLine(0, 0, TokenUsage.NONE, Money.ZERO, 0));
    }

    @Test
    void jsonHasExactDecimalCostsAndEveryCount() {
        UsageSummary s = UsageSummary.of("acme", List.of(
                record("openai", "gpt-4o", "gpt-4o", new TokenUsage(1, 2, 3, 4), usd("0.00000015"), 200),
                record("openai", "gpt-4o", "gpt-4o", new TokenUsage(1, 0, 0, 0), Cost.unpriced(), 500)));
        JsonNode json = UsageSummaryJson.of(s, 7);
        assertThat(json.path("tenant").asText()).isEqualTo("acme");
        assertThat(json.path("days").asInt()).isEqualTo(7);
        JsonNode line = json.path("models").path("openai/gpt-4o");
        assertThat(line.path("requests").asLong()).isEqualTo(2);
        assertThat(line.path("errors").asLong()).isEqualTo(1);
        assertThat(line.path("input_tokens").asLong()).isEqualTo(2);
        assertThat(line.path("cached_input_tokens").asLong()).isEqualTo(2);
        assertThat(line.path("cache_write_tokens").asLong()).isEqualTo(3);
        assertThat(line.path("output_tokens").asLong()).isEqualTo(4);
        assertThat(line.path("cost_usd").isTextual()).isTrue();
        assertThat(line.path("cost_usd").asText()).isEqualTo("0.00000015");
        assertThat(line.path("unpriced_requests").asLong()).isEqualTo(1);
        assertThat(line.path("baseline_cost_usd").asText()).isEqualTo("0.00000015");
        assertThat(line.path("unpriced_baselines").asLong()).isEqualTo(1);
        assertThat(json.path("total")).isEqualTo(line);
    }
}
