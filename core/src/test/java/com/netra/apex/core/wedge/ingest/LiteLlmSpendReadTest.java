package com.netra.apex.core.wedge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.wedge.LogRow;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteLlmSpendReadTest {

    @ParameterizedTest
    @ValueSource(strings = {"litellm-spend.jsonl", "litellm-spend.json", "litellm-spend.csv"})
    void readsSpendLogsAsJsonLinesJsonArrayOrCsvAlike(String file) {
        Reads read = Reads.ofResource(file);
        assertThat(read.summary().format()).isEqualTo(LogFormat.LITELLM_SPEND);
        assertThat(read.summary().skipped()).isZero();
        assertThat(read.rows()).hasSize(2);
        LogRow r = read.row("litellm_spend:chatcmpl-L1");
        assertThat(r.timestamp()).isEqualTo(Instant.parse("2026-11-01T09:00:00.123456Z"));
        assertThat(r.latencyMillis()).isEqualTo(1500);
        assertThat(r.provider()).isEqualTo("openai");
        assertThat(r.model()).isEqualTo("gpt-4o");
        assertThat(r.costUsd()).isEqualByComparingTo("0.00165");
        assertThat(r.inputTokens()).as("prompt_tokens minus the cached ones from usage_object").isEqualTo(136);
        assertThat(r.cachedInputTokens()).isEqualTo(64);
        assertThat(r.outputTokens()).isEqualTo(40);
        assertThat(r.keyId()).as("the key's alias").isEqualTo("search-prod");
        assertThat(r.tags()).containsExactly("search", "user:alice", "team:search");
        assertThat(r.promptText()).isEqualTo("You rank documents.\nrank these");
        assertThat(r.promptHash()).isNotNull();
        assertThat(r.prefixHash()).isNotNull();

        LogRow hit = read.row("litellm_spend:chatcmpl-L2");
        assertThat(hit.provider()).isEqualTo("anthropic");
        assertThat(hit.tags()).containsExactly("litellm_cache_hit");
        assertThat(hit.promptText()).as("messages logged as {}").isNull();
        assertThat(hit.keyId()).isEqualTo("88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b");
    }

    @Test
    void csvRecordsSpanningLinesKeepTheirStartingLineInProblems() {
        String csv = new String(Reads.resource("litellm-spend.csv"), java.nio.charset.StandardCharsets.UTF_8)
                + "broken,row\n";
        Reads read = Reads.ofText(csv);
        assertThat(read.rows()).hasSize(2);
        assertThat(read.summary().problems()).extracting(Malformed::lineNumber)
                .as("the first record spans lines 2-14, the second is line 15").containsExactly(16L);
    }

    @Test
    void theSamePromptGivesTheSameHashInEveryLayout() {
        String json = Reads.ofResource("litellm-spend.jsonl").row("litellm_spend:chatcmpl-L1").promptHash();
        String csv = Reads.ofResource("litellm-spend.csv").row("litellm_spend:chatcmpl-L1").promptHash();
        assertThat(csv).isEqualTo(json);
    }
}
