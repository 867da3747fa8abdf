package com.netra.apex.core.compression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedBlocksTest {

    private static final String CHUNK_A = "Refunds are issued within 14 days of the return being received.";
    private static final String CHUNK_B = "Shipping to EU countries takes 3 to 5 business days.";

    @Test
    void dropsARepeatedParagraphWithTheBlankLinesBeforeIt() {
        String text = "Context:\n\n" + CHUNK_A + "\n\n" + CHUNK_B + "\n\n" + CHUNK_A + "\n\nQuestion: how long?";
        assertThat(RepeatedBlocks.apply(text))
                .isEqualTo("Context:\n\n" + CHUNK_A + "\n\n" + CHUNK_B + "\n\nQuestion: how long?");
    }

    @Test
    void dropsEveryLaterCopy() {
        String text = CHUNK_A + "\n\n" + CHUNK_A + "\n\n\n" + CHUNK_A + "\n";
        assertThat(RepeatedBlocks.apply(text)).isEqualTo(CHUNK_A + "\n");
    }

    @Test
    void keepsShortRepeatsAndNearRepeats() {
        String text = "Thanks!\n\n" + CHUNK_A + "\n\nThanks!\n\n" + CHUNK_A.replace("14", "15") + "\n\nThanks!";
        assertThat(RepeatedBlocks.apply(text)).isSameAs(text);
    }

    @Test
    void neverDropsABlockHoldingCode() {
        String code = "```python\ndef total(items):\n\n    return sum(i.price for i in items)\n```";
        String text = "Before:\n\n" + code + "\n\nAfter:\n\n" + code;
        assertThat(RepeatedBlocks.apply(text)).isSameAs(text);
    }

    @Test
    void doesNotSplitParagraphsOnBlankLinesInsideCode() {
        String line = "    print('the same line repeated inside the code block')";
        String text = "```\n" + line + "\n\n" + line + "\n```\n\nnext paragraph of prose text";
        assertThat(RepeatedBlocks.apply(text)).isSameAs(text);
    }
}
