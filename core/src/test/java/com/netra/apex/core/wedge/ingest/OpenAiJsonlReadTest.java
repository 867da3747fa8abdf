package com.netra.apex.core.wedge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.cache.ExactCacheKey;
import com.netra.apex.core.usage.TokenCounter;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OpenAiJsonlReadTest {

    private final Reads read = Reads.ofResource("openai-requests.jsonl");

    @Test
    void detectsTheFormatAndKeepsEveryGoodLineWhileReportingBadOnesByLineNumber() {
        ReadSummary s = read.summary();
        assertThat(s.format()).isEqualTo(LogFormat.OPENAI_JSONL);
        assertThat(s.rows()).isEqualTo(5);
        assertThat(read.rows()).hasSize(5);
        assertThat(s.skipped()).isEqualTo(2);
        assertThat(s.problems()).extracting(Malformed::lineNumber).containsExactly(4L, 7L);
        assertThat(s.problems().get(0).reason()).startsWith("not JSON");
        assertThat(s.problems().get(1).reason()).isEqualTo("not a JSON object");
        assertThat(s.repeated()).as("line 9 repeats line 1").isEqualTo(1);
        assertThat(s.bytesRead()).isEqualTo(Reads.resource("openai-requests.jsonl").length).isEqualTo(s.textBytes());
    }

    @Test
    void readsTheCanonicalEnvelope() throws Exception {
        LogRow r = read.row("openai_jsonl:req_001");
        assertThat(r.tenantId()).isEqualTo("acme");
        assertThat(r.source()).isEqualTo("openai_jsonl");
        assertThat(r.timestamp()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(r.provider()).isEqualTo("openai");
        assertThat(r.model()).as("the response's model wins").isEqualTo("gpt-4o-2024-08-06");
        assertThat(r.keyId()).isEqualTo("key-support");
        assertThat(r.tags()).containsExactly("team:support", "env:prod", "feature:orders", "user:user-7");
        assertThat(r.inputTokens()).as("prompt_tokens minus cached").isEqualTo(20);
        assertThat(r.cachedInputTokens()).isEqualTo(100);
        assertThat(r.outputTokens()).isEqualTo(8);
        assertThat(r.latencyMillis()).isEqualTo(850);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.requests()).isEqualTo(1);
        assertThat(r.costUsd()).isNull();
        assertThat(r.promptText()).isEqualTo("You are a support assistant for Acme Widgets.\nWhere is my order 1042?");
        ObjectNode request = (ObjectNode) new ObjectMapper().readTree(Reads.resource("openai-requests.jsonl"))
                .get("request");
        assertThat(r.promptHash()).isEqualTo(ExactCacheKey.of("chat", request));
        assertThat(r.prefixHash()).hasSize(64);
        assertThat(r.prefixTokens()).isEqualTo(TokenCounter.count(
                "You are a support assistant for Acme Widgets.\n" + request.get("tools")));
    }

    @Test
    void readsTheVariantsLoggingToolsWrite() {
        LogRow epochSeconds = read.row("openai_jsonl:chatcmpl-A2");
        assertThat(epochSeconds.timestamp()).isEqualTo(Instant.ofEpochSecond(1761991200));
        assertThat(epochSeconds.model()).isEqualTo("gpt-4o-mini");
        assertThat(epochSeconds.promptText()).isEqualTo("Hi");
        assertThat(epochSeconds.inputTokens()).isEqualTo(9);
        assertThat(epochSeconds.prefixHash()).as("no system prompt, no tools").isNull();
        assertThat(epochSeconds.keyId()).isNull();

        LogRow millisAndStringBody = read.rows().stream().filter(r -> r.rowId().contains(":sha256:")).findFirst().orElseThrow();
        assertThat(millisAndStringBody.timestamp()).isEqualTo(Instant.ofEpochMilli(1761994800123L));
        assertThat(millisAndStringBody.promptText()).isEqualTo("Count to three");
        assertThat(millisAndStringBody.promptHash()).isNotNull();
    }

    @Test
    void readsAnAnthropicRequestAndResponseInTheSameEnvelope() {
        LogRow r = read.row("openai_jsonl:msg_01");
        assertThat(r.provider()).isEqualTo("anthropic");
        assertThat(r.model()).isEqualTo("claude-sonnet-4-5-20250929");
        assertThat(r.timestamp()).isEqualTo(Instant.parse("2026-11-01T12:00:00Z"));
        assertThat(r.inputTokens()).as("Anthropic's input_tokens excludes cache reads and writes").isEqualTo(40);
        assertThat(r.cachedInputTokens()).isEqualTo(2000);
        assertThat(r.cacheWriteTokens()).isEqualTo(300);
        assertThat(r.outputTokens()).isEqualTo(25);
        assertThat(r.promptText()).isEqualTo("You are a contracts lawyer.\nSummarise clause 4.");
        assertThat(r.prefixTokens()).isEqualTo(TokenCounter.count("You are a contracts lawyer."));
    }

    @Test
    void estimatesTokensWithoutUsageMasksSecretKeysAndReadsFailureStatus() {
        LogRow r = read.row("openai_jsonl:log-8");
        assertThat(r.timestamp()).as("no zone means UTC").isEqualTo(Instant.parse("2026-11-01T14:00:00Z"));
        assertThat(r.provider()).isEqualTo("openai");
        assertThat(r.inputTokens()).isEqualTo(TokenCounter.count("Answer briefly.\nWhat is the capital of France?"));
        assertThat(r.keyId()).startsWith("sk-...0123#").doesNotContain("abcdefghij");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.prefixTokens()).as("a developer message is part of the prefix").isEqualTo(TokenCounter.count("Answer briefly."));
    }

    @Test
    void batchOutputLinesAreUnwrappedAndMarkedBatch() {
        String line = "{\"id\":\"batch_req_1\",\"custom_id\":\"r1\",\"timestamp\":1761955200,\"response\":{\"status_code\":200,"
                + "\"request_id\":\"x\",\"body\":{\"id\":\"chatcmpl-B\",\"model\":\"gpt-4o-mini\",\"usage\":{\"prompt_tokens\":100,"
                + "\"completion_tokens\":10}}},\"error\":null}\n";
        LogRow r = Reads.ofText(line).row("openai_jsonl:batch_req_1");
        assertThat(r.batch()).isTrue();
        assertThat(r.inputTokens()).isEqualTo(100);
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void aStatedCostIsKeptExactly() {
        String line = "{\"timestamp\":\"2026-11-01T00:00:00Z\",\"cost\":0.000123,\"request\":{\"model\":\"gpt-4o\",\"messages\":[]}}\n";
        assertThat(Reads.ofText(line).rows().get(0).costUsd()).isEqualByComparingTo(new BigDecimal("0.000123"));
    }

    @Test
    void aLineWithoutATimestampIsMalformed() {
        Reads r = Reads.ofText("{\"request\":{\"model\":\"gpt-4o\",\"messages\":[]}}\n");
        assertThat(r.rows()).isEmpty();
        assertThat(r.summary().problems()).containsExactly(new Malformed(1, "no timestamp"));
    }
}
