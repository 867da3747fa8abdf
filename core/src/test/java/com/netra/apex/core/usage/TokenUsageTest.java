package com.netra.apex.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenUsageTest {

    @Test
    void fromOpenAiSubtractsCachedTokensFromTheFullPriceInput() {
        assertThat(TokenUsage.fromOpenAi(1000, 400, 50)).isEqualTo(new TokenUsage(600, 400, 0, 50));
        assertThat(TokenUsage.fromOpenAi(1000, 0, 50)).isEqualTo(new TokenUsage(1000, 0, 0, 50));
        assertThat(TokenUsage.fromOpenAi(1000, 1000, 50)).isEqualTo(new TokenUsage(0, 1000, 0, 50));
    }

    @Test
    void fromOpenAiClampsCachedToThePrompt() {
        TokenUsage t = TokenUsage.fromOpenAi(100, 150, 5);
        assertThat(t).isEqualTo(new TokenUsage(0, 100, 0, 5));
        assertThat(t.promptTokens()).isEqualTo(100);
        assertThat(TokenUsage.fromOpenAi(0, 10, 0)).isEqualTo(TokenUsage.NONE);
    }

    @Test
    void fromOpenAiPreservesThePromptTotal() {
        TokenUsage t = TokenUsage.fromOpenAi(12_345, 2_048, 678);
        assertThat(t.promptTokens()).isEqualTo(12_345);
        assertThat(t.totalTokens()).isEqualTo(12_345 + 678);
    }

    @Test
    void promptAndTotalCountEveryKindOfToken() {
        TokenUsage t = new TokenUsage(10, 20, 30, 40);
        assertThat(t.promptTokens()).isEqualTo(60);
        assertThat(t.totalTokens()).isEqualTo(100);
        assertThat(TokenUsage.NONE.totalTokens()).isZero();
    }

    @Test
    void plusAddsFieldByField() {
        assertThat(new TokenUsage(1, 2, 3, 4).plus(new TokenUsage(10, 20, 30, 40)))
                .isEqualTo(new TokenUsage(11, 22, 33, 44));
        assertThat(new TokenUsage(1, 2, 3, 4).plus(TokenUsage.NONE)).isEqualTo(new TokenUsage(1, 2, 3, 4));
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> new TokenUsage(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenUsage(0, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenUsage(0, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenUsage(0, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenUsage.fromOpenAi(10, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
