package com.netra.apex.core.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenCounterTest {

    @Test
    void countsTokensOfText() {
        assertThat(TokenCounter.count("hello world")).isEqualTo(2);
        assertThat(TokenCounter.count("Hello")).isPositive();
        assertThat(TokenCounter.count("日本語のテキスト")).isPositive();
    }

    @Test
    void longerTextHasMoreTokens() {
        String sentence = "The quick brown fox jumps over the lazy dog. ";
        long one = TokenCounter.count(sentence);
        long ten = TokenCounter.count(sentence.repeat(10));
        assertThat(one).isGreaterThan(5);
        assertThat(ten).isGreaterThan(one * 9).isLessThanOrEqualTo(one * 10);
    }

    @Test
    void acceptsAnyCharSequence() {
        assertThat(TokenCounter.count(new StringBuilder("hello world"))).isEqualTo(2);
    }

    @Test
    void emptyOrNullIsZero() {
        assertThat(TokenCounter.count("")).isZero();
        assertThat(TokenCounter.count(new StringBuilder())).isZero();
        assertThat(TokenCounter.count(null)).isZero();
    }
}
