package com.netra.apex.core.protocol;

import static com.netra.apex.core.protocol.ProtocolJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.netra.apex.core.usage.TokenUsage;
import org.junit.jupiter.api.Test;

class UsageExtractionTest {

    @Test
    void openAiChatUsageSubtractsCachedTokens() {
        TokenUsage t = UsageExtraction.openAi(json("""
                {'prompt_tokens': 1000, 'completion_tokens': 200, 'total_tokens': 1200,
                 'prompt_tokens_details': {'cached_tokens': 400, 'audio_tokens': 0},
                 'completion_tokens_details': {'reasoning_tokens': 50}}
                """));
        assertThat(t).isEqualTo(new TokenUsage(600, 400, 0, 200));
        assertThat(t.promptTokens()).isEqualTo(1000);
        assertThat(t.totalTokens()).isEqualTo(1200);
    }

    @Test
    void openAiUsageWithoutDetails() {
        assertThat(UsageExtraction.openAi(json("{'prompt_tokens': 12, 'completion_tokens': 3, 'total_tokens': 15}")))
                .isEqualTo(new TokenUsage(12, 0, 0, 3));
    }

    @Test
    void openAiEmbeddingsUsageHasNoCompletion() {
        assertThat(UsageExtraction.openAi(json("{'prompt_tokens': 8, 'total_tokens': 8}")))
                .isEqualTo(new TokenUsage(8, 0, 0, 0));
    }

    @Test
    void openAiCachedBeyondThePromptIsClamped() {
        assertThat(UsageExtraction.openAi(json(
                "{'prompt_tokens': 10, 'completion_tokens': 1, 'prompt_tokens_details': {'cached_tokens': 64}}")))
                .isEqualTo(new TokenUsage(0, 10, 0, 1));
    }

    @Test
    void openAiAcceptsInputAndOutputTokenNames() {
        assertThat(UsageExtraction.openAi(json("{'input_tokens': 30, 'output_tokens': 7}")))
                .isEqualTo(new TokenUsage(30, 0, 0, 7));
    }

    @Test
    void openAiPrefersPromptTokensOverInputTokens() {
        assertThat(UsageExtraction.openAi(json(
                "{'prompt_tokens': 5, 'input_tokens': 99, 'completion_tokens': 2, 'output_tokens': 99}")))
                .isEqualTo(new TokenUsage(5, 0, 0, 2));
    }

    @Test
    void anthropicUsageKeepsCacheReadsAndWritesApart() {
        TokenUsage t = UsageExtraction.anthropic(json("""
                {'input_tokens': 10, 'cache_creation_input_tokens': 2000, 'cache_read_input_tokens': 3000,
                 'output_tokens': 50, 'service_tier': 'standard'}
                """));
        assertThat(t).isEqualTo(new TokenUsage(10, 3000, 2000, 50));
        assertThat(t.promptTokens()).isEqualTo(5010);
    }

    @Test
    void anthropicUsageWithoutCacheFields() {
        assertThat(UsageExtraction.anthropic(json("{'input_tokens': 25, 'output_tokens': 12}")))
                .isEqualTo(new TokenUsage(25, 0, 0, 12));
    }

    @Test
    void anthropicMessageDeltaUsageHasOnlyOutput() {
        assertThat(UsageExtraction.anthropic(json("{'output_tokens': 15}"))).isEqualTo(new TokenUsage(0, 0, 0, 15));
    }

    @Test
    void anthropicNullCacheFieldsCountAsZero() {
        assertThat(UsageExtraction.anthropic(json(
                "{'input_tokens': 4, 'cache_creation_input_tokens': null, 'cache_read_input_tokens': null, 'output_tokens': 1}")))
                .isEqualTo(new TokenUsage(4, 0, 0, 1));
    }

    @Test
    void absentOrNonObjectUsageIsNone() {
        assertThat(UsageExtraction.openAi(null)).isEqualTo(TokenUsage.NONE);
        assertThat(UsageExtraction.openAi(NullNode.getInstance())).isEqualTo(TokenUsage.NONE);
        assertThat(UsageExtraction.openAi(MissingNode.getInstance())).isEqualTo(TokenUsage.NONE);
        assertThat(UsageExtraction.openAi(TextNode.valueOf("12"))).isEqualTo(TokenUsage.NONE);
        assertThat(UsageExtraction.anthropic(null)).isEqualTo(TokenUsage.NONE);
        assertThat(UsageExtraction.anthropic(NullNode.getInstance())).isEqualTo(TokenUsage.NONE);
        assertThat(UsageExtraction.anthropic(json("[1, 2]"))).isEqualTo(TokenUsage.NONE);
        assertThat(UsageExtraction.openAi(json("{}"))).isEqualTo(TokenUsage.NONE);
        assertThat(UsageExtraction.anthropic(json("{}"))).isEqualTo(TokenUsage.NONE);
    }

    @Test
    void extractsFromAWholeResponseUsageField() {
        var response = json("""
                {'id': 'chatcmpl-1', 'object': 'chat.completion', 'model': 'gpt-4o-2024-08-06',
                 'choices': [{'index': 0, 'message': {'role': 'assistant', 'content': 'hi'}, 'finish_reason': 'stop'}],
                 'usage': {'prompt_tokens': 20, 'completion_tokens': 2, 'total_tokens': 22,
                           'prompt_tokens_details': {'cached_tokens': 0}}}
                """);
        assertThat(UsageExtraction.openAi(response.get("usage"))).isEqualTo(new TokenUsage(20, 0, 0, 2));
        assertThat(UsageExtraction.openAi(response.get("no_such_field"))).isEqualTo(TokenUsage.NONE);
    }
}
