package com.netra.apex.core.wedge.analysis;

import static com.netra.apex.core.wedge.analysis.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.compression.CompressionLevel;
import com.netra.apex.core.compression.PromptCompressor;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptBloatAnalyzerTest {

    static final String MESSY = "Summarize the ticket below.   \n\n\n\n\nCustomer    says    the    app    crashes   \n"
            + "on    login    since    the    update.\n\n\n\n\nPlease     answer     in     one     line.   ";
    static final String TIDY = "Summarize the ticket below.\n\nCustomer says the app crashes on login.";

    /** The truth: what the compressor removes from the text sent as one user message. */
    static long removable(String text) {
        ObjectNode request = new ObjectMapper().createObjectNode();
        request.putArray("messages").addObject().put("role", "user").put("content", text);
        return new PromptCompressor(1).compressChat(request, CompressionLevel.LOSSLESS).tokensSaved();
    }

    private static Finding analyse(List<LogRow> rows) {
        PromptBloatAnalyzer analyzer = new PromptBloatAnalyzer(new RowPrices(PriceTableLoader.shipped()));
        rows.forEach(analyzer::accept);
        return analyzer.finding();
    }

    @Test
    void removableTokensArePricedAtTheModelsInputPrice() {
        long saved = removable(MESSY);
        assertThat(saved).isPositive();
        assertThat(removable(TIDY)).isZero();

        Finding f = analyse(List.of(
                row(MESSY).model("openai", "gpt-4o").build(),
                row(MESSY).model("openai", "gpt-4o").build(), // an exact repeat wastes the same again
                row(TIDY).model("openai", "gpt-4o").build(),
                row(null).build()));

        assertThat(f.evidence().rowsAffected()).isEqualTo(2);
        assertThat(f.evidence().counts()).containsEntry("tokens_saved", 2 * saved);
        // gpt-4o input is $2.50 per million tokens
        assertThat(f.dollars()).contains(Money.perMillionTokens(Money.usd("2.50"), 2 * saved));
        assertThat(f.recommendedSetting()).isEqualTo("compression=lossless");
    }

    @Test
    void bloatInACachedPrefixIsPricedAtTheCachedShare() {
        long saved = removable(MESSY);
        // half the prompt was read from OpenAI's cache at $1.25: saved x (1000 x 2.50 + 1000 x 1.25) / 2000 / 1M
        Finding f = analyse(List.of(row(MESSY).model("openai", "gpt-4o").tokens(1000, 1000, 0, 10).build()));

        BigDecimal expected = new BigDecimal("1.875").multiply(BigDecimal.valueOf(saved)).movePointLeft(6);
        assertThat(f.dollars()).contains(new Money(expected));
    }

    @Test
    void bloatOnAnUnpricedModelHasUnknownDollars() {
        Finding f = analyse(List.of(row(MESSY).model("groq", "llama-3.1-8b").build()));

        assertThat(f.dollarsKnown()).isFalse();
        assertThat(f.evidence().counts()).containsEntry("unpriced_rows", 1L);
    }
}
