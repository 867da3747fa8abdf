package com.netra.apex.core.wedge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateExportReadTest {

    @Test
    void openAiUsagePageGivesOneRowPerResultWithItsRequestCount() {
        Reads read = Reads.ofResource("openai-usage-page.json");
        assertThat(read.summary().format()).isEqualTo(LogFormat.OPENAI_USAGE_EXPORT);
        assertThat(read.summary().skipped()).as("an empty bucket is no problem").isZero();
        assertThat(read.rows()).hasSize(2);
        LogRow mini = read.rows().get(0);
        assertThat(mini.timestamp()).isEqualTo(Instant.ofEpochSecond(1761955200));
        assertThat(mini.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(mini.provider()).isEqualTo("openai");
        assertThat(mini.inputTokens()).as("input_tokens includes the cached ones").isEqualTo(30000);
        assertThat(mini.cachedInputTokens()).isEqualTo(20000);
        assertThat(mini.outputTokens()).isEqualTo(7000);
        assertThat(mini.requests()).isEqualTo(120);
        assertThat(mini.keyId()).isEqualTo("key_abc");
        assertThat(mini.tags()).containsExactly("usage:completions", "project:proj_a");
        assertThat(mini.promptText()).isNull();
        assertThat(mini.rowId()).startsWith("openai_usage_export:sha256:").endsWith("#0");
        assertThat(read.rows().get(1).batch()).isTrue();
        assertThat(read.rows().get(1).rowId()).endsWith("#1");
    }

    @Test
    void openAiUsageBucketsAsJsonLinesReadTheSameAsThePage() {
        Reads page = Reads.ofResource("openai-usage-page.json");
        String bucket = "{\"object\":\"bucket\",\"start_time\":1761955200,\"end_time\":1762041600,\"results\":[{\"object\":"
                + "\"organization.usage.completions.result\",\"input_tokens\":50000,\"input_cached_tokens\":20000,"
                + "\"output_tokens\":7000,\"num_model_requests\":120,\"model\":\"gpt-4o-mini-2024-07-18\"}]}\n";
        LogRow line = Reads.ofText(bucket).rows().get(0);
        assertThat(line.requests()).isEqualTo(page.rows().get(0).requests());
        assertThat(line.inputTokens()).isEqualTo(page.rows().get(0).inputTokens());
    }

    @Test
    void openAiCostBucketsGiveDollarsPerLineItemAndNoRequests() {
        Reads read = Reads.ofResource("openai-costs.jsonl");
        assertThat(read.summary().format()).isEqualTo(LogFormat.OPENAI_USAGE_EXPORT);
        assertThat(read.rows()).extracting(LogRow::costUsd).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.06"), new BigDecimal("12.5"), new BigDecimal("3.25"));
        LogRow first = read.rows().get(0);
        assertThat(first.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(first.requests()).isZero();
        assertThat(first.inputTokens() + first.outputTokens()).isZero();
        assertThat(first.tags()).contains("cost_line_item:gpt-4o-mini-2024-07-18, input");
        assertThat(read.rows().get(2).timestamp()).isEqualTo(Instant.ofEpochSecond(1762041600));
    }

    @Test
    void anthropicUsageReportSplitsCacheReadsAndWritesAndMarksBatch() {
        Reads read = Reads.ofResource("anthropic-usage-report.json");
        assertThat(read.summary().format()).isEqualTo(LogFormat.ANTHROPIC_USAGE_EXPORT);
        assertThat(read.rows()).hasSize(2);
        LogRow sonnet = read.rows().get(0);
        assertThat(sonnet.timestamp()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(sonnet.provider()).isEqualTo("anthropic");
        assertThat(sonnet.inputTokens()).isEqualTo(1500);
        assertThat(sonnet.cachedInputTokens()).isEqualTo(200);
        assertThat(sonnet.cacheWriteTokens()).as("5-minute and 1-hour writes").isEqualTo(1500);
        assertThat(sonnet.outputTokens()).isEqualTo(500);
        assertThat(sonnet.keyId()).isEqualTo("apikey_01");
        assertThat(sonnet.tags()).contains("workspace:wrkspc_01");
        assertThat(sonnet.requests()).as("the report has no request count").isZero();
        assertThat(sonnet.batch()).isFalse();
        assertThat(read.rows().get(1).batch()).isTrue();
    }

    @Test
    void anthropicCostReportAmountsAreCents() {
        String page = "{\"data\":[{\"starting_at\":\"2026-11-01T00:00:00Z\",\"ending_at\":\"2026-11-02T00:00:00Z\","
                + "\"results\":[{\"currency\":\"USD\",\"amount\":\"123.45\",\"workspace_id\":null,\"description\":null,"
                + "\"cost_type\":\"tokens\",\"context_window\":\"0-200k\",\"model\":\"claude-sonnet-4-5\","
                + "\"service_tier\":\"standard\",\"token_type\":\"uncached_input_tokens\"}]}],\"has_more\":false}";
        LogRow r = Reads.ofText(page).rows().get(0);
        assertThat(r.costUsd()).isEqualByComparingTo("1.2345");
        assertThat(r.tags()).contains("cost_type:tokens", "token_type:uncached_input_tokens");
    }

    @Test
    void anthropicConsoleCsvIsReadWithLooseColumnNames() {
        Reads read = Reads.ofResource("anthropic-console.csv");
        assertThat(read.summary().format()).isEqualTo(LogFormat.ANTHROPIC_USAGE_EXPORT);
        assertThat(read.rows()).hasSize(2);
        LogRow sonnet = read.rows().get(0);
        assertThat(sonnet.timestamp()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(sonnet.model()).isEqualTo("claude-sonnet-4-5");
        assertThat(sonnet.keyId()).isEqualTo("prod-backend");
        assertThat(List.of(sonnet.inputTokens(), sonnet.outputTokens(), sonnet.cachedInputTokens(), sonnet.cacheWriteTokens()))
                .containsExactly(120000L, 30000L, 50000L, 10000L);
        assertThat(sonnet.costUsd()).isEqualByComparingTo("0.85");
        assertThat(sonnet.tags()).containsExactly("workspace:Default");
        assertThat(read.summary().problems()).containsExactly(new Malformed(4, "3 fields where the header has 9"));
    }

    @Test
    void csvWithSemicolonsAndTabsIsReadToo() {
        String semicolons = "date;model;input_tokens;output_tokens\n2026-11-01;claude-haiku-4-5;10;20\n";
        String tabs = "date\tmodel\tinput_tokens\toutput_tokens\n2026-11-01\tclaude-haiku-4-5\t10\t20\n";
        assertThat(Reads.ofText(semicolons).rows().get(0).outputTokens()).isEqualTo(20);
        assertThat(Reads.ofText(tabs).rows().get(0).outputTokens()).isEqualTo(20);
    }
}
