package com.netra.apex.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.usage.TokenUsage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceTableTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final PriceTable SHIPPED = PriceTableLoader.shipped();

    /** A table with two effective dates for one model, written in the data file format. */
    private static PriceTable twoDates() throws IOException {
        String json = """
                {"version": "test-1", "prices": [
                  {"provider": "acme", "model": "m1", "effective_from": "2025-06-01", "input": "2.00", "output": "4.00"},
                  {"provider": "acme", "model": "m1", "effective_from": "2025-01-01", "input": "1.00", "output": "3.00"},
                  {"provider": "acme", "model": "m1", "effective_from": "2025-09-01", "input": "0.50", "output": "1.00"}
                ]}
                """;
        return PriceTableLoader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void effectiveDatesPickTheEntryInForceOnTheDay() throws IOException {
        PriceTable table = twoDates();
        assertThat(table.find("acme", "m1", LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(table.find("acme", "m1", LocalDate.of(2025, 1, 1))).get()
                .extracting(ModelPrice::input).isEqualTo(Money.usd("1"));
        assertThat(table.find("acme", "m1", LocalDate.of(2025, 5, 31))).get()
                .extracting(ModelPrice::input).isEqualTo(Money.usd("1"));
        assertThat(table.find("acme", "m1", LocalDate.of(2025, 6, 1))).get()
                .extracting(ModelPrice::input).isEqualTo(Money.usd("2"));
        assertThat(table.find("acme", "m1", LocalDate.of(2025, 8, 31))).get()
                .extracting(ModelPrice::input).isEqualTo(Money.usd("2"));
        assertThat(table.find("acme", "m1", LocalDate.of(2030, 1, 1))).get()
                .extracting(ModelPrice::input).isEqualTo(Money.usd("0.5"));
    }

    @Test
    void costUsesThePriceInForceOnTheDay() throws IOException {
        PriceTable table = twoDates();
        TokenUsage tokens = new TokenUsage(1_000_000, 0, 0, 1_000_000);
        assertThat(table.cost("acme", "m1", tokens, LocalDate.of(2025, 3, 1)))
                .isEqualTo(Cost.of(Money.usd("4"), "test-1"));
        assertThat(table.cost("acme", "m1", tokens, LocalDate.of(2025, 7, 1)))
                .isEqualTo(Cost.of(Money.usd("6"), "test-1"));
        assertThat(table.cost("acme", "m1", tokens, LocalDate.of(2024, 7, 1)).priced()).isFalse();
    }

    @Test
    void datedSnapshotsMapToTheirBaseModel() {
        ModelPrice gpt4o = SHIPPED.find("openai", "gpt-4o", TODAY).orElseThrow();
        assertThat(SHIPPED.find("openai", "gpt-4o-2024-08-06", TODAY)).contains(gpt4o);

        ModelPrice sonnet = SHIPPED.find("anthropic", "claude-sonnet-4-5", TODAY).orElseThrow();
        assertThat(SHIPPED.find("anthropic", "claude-sonnet-4-5-20250929", TODAY)).contains(sonnet);
        assertThat(SHIPPED.find("anthropic", "claude-sonnet-4-5-latest", TODAY)).contains(sonnet);

        ModelPrice mini = SHIPPED.find("openai", "gpt-4o-mini", TODAY).orElseThrow();
        assertThat(SHIPPED.find("openai", "gpt-4o-mini-2024-07-18", TODAY)).contains(mini);
        assertThat(mini.input()).isEqualTo(Money.usd("0.15"));
    }

    @Test
    void aSnapshotOfAMissingModelDoesNotFallBackToAShorterFamilyName() {
        List<ModelPrice> withoutMini = SHIPPED.entries().stream()
                .filter(p -> !p.model().equals("gpt-4o-mini"))
                .toList();
        PriceTable table = new PriceTable("no-mini", withoutMini);
        assertThat(table.find("openai", "gpt-4o", TODAY)).isPresent();
        assertThat(table.find("openai", "gpt-4o-mini", TODAY)).isEmpty();
        assertThat(table.find("openai", "gpt-4o-mini-2024-07-18", TODAY)).isEmpty();
        assertThat(table.cost("openai", "gpt-4o-mini-2024-07-18", new TokenUsage(10, 0, 0, 10), TODAY))
                .isEqualTo(Cost.unpriced());
    }

    @Test
    void anExactEntryWinsOverItsBaseModel() {
        ModelPrice snapshot = new ModelPrice("openai", "gpt-4o-2024-05-13", LocalDate.of(2024, 5, 13),
                Money.usd("5"), null, null, Money.usd("15"), List.of());
        PriceTable table = SHIPPED.withOverrides("snap", List.of(snapshot));
        assertThat(table.find("openai", "gpt-4o-2024-05-13", TODAY)).contains(snapshot);
        assertThat(table.find("openai", "gpt-4o-2024-08-06", TODAY).orElseThrow().input())
                .isEqualTo(Money.usd("2.50"));
    }

    @Test
    void unknownModelOrProviderIsUnpricedNeverZero() {
        TokenUsage tokens = new TokenUsage(1000, 0, 0, 1000);
        Cost unknownModel = SHIPPED.cost("openai", "gpt-99-ultra", tokens, TODAY);
        assertThat(unknownModel.priced()).isFalse();
        assertThat(unknownModel.amount()).isEmpty();
        assertThat(unknownModel.priceVersion()).isNull();
        assertThat(unknownModel).isEqualTo(Cost.unpriced()).isNotEqualTo(Cost.of(Money.ZERO, SHIPPED.version()));

        assertThat(SHIPPED.cost("groq", "gpt-4o", tokens, TODAY).priced()).isFalse();
        assertThat(SHIPPED.cost("anthropic", "gpt-4o", tokens, TODAY).priced()).isFalse();
        assertThat(SHIPPED.cost("openai", "gpt-4o", tokens, LocalDate.of(2020, 1, 1)).priced()).isFalse();
    }

    @Test
    void knownModelIsPricedWithTheTableVersion() {
        Cost cost = SHIPPED.cost("openai", "gpt-4o", new TokenUsage(1000, 0, 0, 100), TODAY);
        // 1000 × $2.50/M + 100 × $10/M
        assertThat(cost).isEqualTo(Cost.of(Money.usd("0.0035"), SHIPPED.version()));
        assertThat(cost.priceVersion()).isEqualTo("2026-11-01");
    }

    @Test
    void zeroTokensCostZeroButArePriced() {
        Cost cost = SHIPPED.cost("openai", "gpt-4o", TokenUsage.NONE, TODAY);
        assertThat(cost.priced()).isTrue();
        assertThat(cost.amount()).contains(Money.ZERO);
    }

    @Test
    void cachedInputIsBilledAtTheCachedPrice() {
        // OpenAI: 1000 prompt tokens of which 400 cached, 100 completion.
        TokenUsage tokens = TokenUsage.fromOpenAi(1000, 400, 100);
        Cost cost = SHIPPED.cost("openai", "gpt-4o", tokens, TODAY);
        // 600 × 2.50/M + 400 × 1.25/M + 100 × 10/M = 0.0015 + 0.0005 + 0.001
        assertThat(cost.amount()).contains(Money.usd("0.003"));
    }

    @Test
    void cachedInputAndCacheWriteArePricedSeparately() {
        TokenUsage tokens = new TokenUsage(1000, 2000, 4000, 500);
        Cost cost = SHIPPED.cost("anthropic", "claude-sonnet-4-5", tokens, TODAY);
        // 1000 × 3/M + 2000 × 0.30/M + 4000 × 3.75/M + 500 × 15/M
        //   = 0.003 + 0.0006 + 0.015 + 0.0075
        assertThat(cost.amount()).contains(Money.usd("0.0261"));

        // Each kind on its own (100k, below the long-context tier), so none is billed at another kind's price.
        assertThat(SHIPPED.cost("anthropic", "claude-sonnet-4-5", new TokenUsage(0, 100_000, 0, 0), TODAY).amount())
                .contains(Money.usd("0.03"));
        assertThat(SHIPPED.cost("anthropic", "claude-sonnet-4-5", new TokenUsage(0, 0, 100_000, 0), TODAY).amount())
                .contains(Money.usd("0.375"));
        assertThat(SHIPPED.cost("anthropic", "claude-sonnet-4-5", new TokenUsage(100_000, 0, 0, 0), TODAY).amount())
                .contains(Money.usd("0.3"));
        assertThat(SHIPPED.cost("anthropic", "claude-sonnet-4-5", new TokenUsage(0, 0, 0, 1_000_000), TODAY).amount())
                .contains(Money.usd("15"));
    }

    @Test
    void missingCachedOrCacheWritePriceFallsBackToTheInputPrice() {
        // gpt-3.5-turbo has no cached_input and no cache_write price in the shipped table.
        Cost cost = SHIPPED.cost("openai", "gpt-3.5-turbo", new TokenUsage(0, 1_000_000, 1_000_000, 0), TODAY);
        assertThat(cost.amount()).contains(Money.usd("1.00"));
    }

    @Test
    void longContextTierAppliesAboveTheThresholdToTheWholeRequest() {
        // At exactly 200k prompt tokens the base prices apply.
        Cost atThreshold = SHIPPED.cost("anthropic", "claude-sonnet-4-5", new TokenUsage(200_000, 0, 0, 1000), TODAY);
        // 200000 × 3/M + 1000 × 15/M
        assertThat(atThreshold.amount()).contains(Money.usd("0.615"));

        Cost above = SHIPPED.cost("anthropic", "claude-sonnet-4-5", new TokenUsage(200_001, 0, 0, 1000), TODAY);
        // 200001 × 6/M + 1000 × 22.50/M
        assertThat(above.amount()).contains(Money.usd("1.222506"));

        Cost big = SHIPPED.cost("anthropic", "claude-sonnet-4-5-20250929", new TokenUsage(250_000, 0, 0, 1000), TODAY);
        assertThat(big.amount()).contains(Money.usd("1.5225"));
    }

    @Test
    void longContextThresholdCountsCachedAndCacheWriteTokens() {
        // Only 100k billed at the full input price, but 250k prompt tokens in all: the tier applies.
        TokenUsage tokens = new TokenUsage(100_000, 100_000, 50_000, 0);
        Cost cost = SHIPPED.cost("anthropic", "claude-sonnet-4-5", tokens, TODAY);
        // 100000 × 6/M + 100000 × 0.60/M + 50000 × 7.50/M = 0.6 + 0.06 + 0.375
        assertThat(cost.amount()).contains(Money.usd("1.035"));
    }

    @Test
    void highestExceededTierWins() {
        ModelPrice tiered = new ModelPrice("acme", "long", LocalDate.of(2025, 1, 1),
                Money.usd("1"), null, null, Money.usd("2"), List.of(
                        new PriceTier(100, Money.usd("10"), null, null, Money.usd("20")),
                        new PriceTier(1000, Money.usd("100"), null, null, Money.usd("200"))));
        PriceTable table = new PriceTable("t", List.of(tiered));
        assertThat(table.cost("acme", "long", new TokenUsage(100, 0, 0, 0), TODAY).amount())
                .contains(Money.usd("0.0001"));
        assertThat(table.cost("acme", "long", new TokenUsage(101, 0, 0, 0), TODAY).amount())
                .contains(Money.usd("0.00101"));
        assertThat(table.cost("acme", "long", new TokenUsage(1001, 0, 0, 0), TODAY).amount())
                .contains(Money.usd("0.1001"));
    }

    @Test
    void withOverridesReplacesSameProviderModelAndDateAndAddsTheRest() {
        ModelPrice replaced = new ModelPrice("openai", "gpt-4o", LocalDate.of(2024, 10, 1),
                Money.usd("2.00"), Money.usd("1.00"), null, Money.usd("8.00"), List.of());
        ModelPrice newDate = new ModelPrice("openai", "gpt-4o", LocalDate.of(2026, 6, 1),
                Money.usd("1.00"), null, null, Money.usd("4.00"), List.of());
        ModelPrice newModel = new ModelPrice("groq", "llama-3.1-8b", LocalDate.of(2025, 1, 1),
                Money.usd("0.05"), null, null, Money.usd("0.08"), List.of());

        PriceTable merged = SHIPPED.withOverrides("ops-7", List.of(replaced, newDate, newModel));

        assertThat(merged.version()).isEqualTo(SHIPPED.version() + "+ops-7");
        assertThat(merged.entries()).hasSize(SHIPPED.entries().size() + 2);
        assertThat(merged.find("openai", "gpt-4o", LocalDate.of(2025, 1, 1))).contains(replaced);
        assertThat(merged.find("openai", "gpt-4o", LocalDate.of(2026, 6, 1))).contains(newDate);
        assertThat(merged.find("groq", "llama-3.1-8b", TODAY)).contains(newModel);
        assertThat(merged.find("openai", "gpt-4o-mini", TODAY))
                .isEqualTo(SHIPPED.find("openai", "gpt-4o-mini", TODAY));
        // The original table is unchanged.
        assertThat(SHIPPED.find("openai", "gpt-4o", TODAY).orElseThrow().input()).isEqualTo(Money.usd("2.50"));
        assertThat(SHIPPED.find("groq", "llama-3.1-8b", TODAY)).isEmpty();
    }
}
