package com.netra.apex.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.usage.TokenUsage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableLoaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private static PriceTable read(String json) throws IOException {
        return PriceTableLoader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedTableLoads() {
        PriceTable shipped = PriceTableLoader.shipped();
        assertThat(shipped.version()).isEqualTo("2026-11-01");
        assertThat(shipped.entries()).hasSizeGreaterThanOrEqualTo(20);
        for (String model : List.of("gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-5", "o3", "o4-mini",
                "text-embedding-3-small")) {
            assertThat(shipped.find("openai", model, TODAY)).as(model).isPresent();
        }
        for (String model : List.of("claude-opus-4-1", "claude-sonnet-4-5", "claude-haiku-4-5", "claude-3-haiku")) {
            assertThat(shipped.find("anthropic", model, TODAY)).as(model).isPresent();
        }
    }

    @Test
    void everyShippedEntryIsComplete() {
        for (ModelPrice p : PriceTableLoader.shipped().entries()) {
            assertThat(p.provider()).as(p.model()).isIn("openai", "anthropic");
            assertThat(p.input()).as(p.model()).isNotNull();
            assertThat(p.output()).as(p.model()).isNotNull();
            assertThat(p.effectiveFrom()).as(p.model()).isNotNull();
            if (p.cachedInput() != null) {
                assertThat(p.cachedInput()).as(p.model()).isLessThanOrEqualTo(p.input());
            }
            if (p.provider().equals("anthropic")) {
                assertThat(p.cachedInput()).as(p.model()).isNotNull();
                assertThat(p.cacheWrite()).as(p.model()).isNotNull();
            }
        }
    }

    @Test
    void readsAllFieldsIncludingTiers() throws IOException {
        PriceTable table = read("""
                {"version": "v9", "prices": [
                  {"provider": "acme", "model": "m", "effective_from": "2025-02-03",
                   "input": "1.10", "cached_input": "0.11", "cache_write": "1.375", "output": "4.40",
                   "tiers": [{"above_input_tokens": 128000, "input": "2.20", "cached_input": "0.22",
                              "cache_write": "2.75", "output": "8.80"}]}
                ]}
                """);
        assertThat(table.version()).isEqualTo("v9");
        ModelPrice p = table.find("acme", "m", TODAY).orElseThrow();
        assertThat(p).isEqualTo(new ModelPrice("acme", "m", LocalDate.of(2025, 2, 3), Money.usd("1.1"),
                Money.usd("0.11"), Money.usd("1.375"), Money.usd("4.4"),
                List.of(new PriceTier(128_000, Money.usd("2.2"), Money.usd("0.22"), Money.usd("2.75"),
                        Money.usd("8.8")))));
    }

    @Test
    void missingVersionIsUnversionedAndMissingOptionalPricesAreNull() throws IOException {
        PriceTable table = read("""
                {"prices": [{"provider": "acme", "model": "m", "effective_from": "2025-01-01",
                             "input": "1", "output": "2", "cached_input": null}]}
                """);
        assertThat(table.version()).isEqualTo("unversioned");
        ModelPrice p = table.find("acme", "m", TODAY).orElseThrow();
        assertThat(p.cachedInput()).isNull();
        assertThat(p.cacheWrite()).isNull();
        assertThat(p.tiers()).isEmpty();
    }

    @Test
    void decimalStringsStayExact() throws IOException {
        PriceTable table = read("""
                {"version": "x", "prices": [{"provider": "acme", "model": "m", "effective_from": "2025-01-01",
                  "input": "0.1", "output": "0.2"}]}
                """);
        Cost cost = table.cost("acme", "m", new TokenUsage(3_000_000, 0, 0, 0), TODAY);
        assertThat(cost.amount()).contains(Money.usd("0.3"));
        assertThat(cost.amount().orElseThrow().toPlainString()).isEqualTo("0.3");
    }

    @Test
    void anEntryWithoutProviderModelOrDateIsRejected() {
        assertThatThrownBy(() -> read("""
                {"prices": [{"model": "m", "effective_from": "2025-01-01", "input": "1", "output": "2"}]}
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provider");
        assertThatThrownBy(() -> read("""
                {"prices": [{"provider": "acme", "effective_from": "2025-01-01", "input": "1", "output": "2"}]}
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model");
        assertThatThrownBy(() -> read("""
                {"prices": [{"provider": "acme", "model": "m", "input": "1", "output": "2"}]}
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("effective_from");
    }

    @Test
    void loadWithoutOverridesIsTheShippedTable() {
        PriceTable loaded = PriceTableLoader.load(null);
        PriceTable shipped = PriceTableLoader.shipped();
        assertThat(loaded.version()).isEqualTo(shipped.version());
        assertThat(loaded.entries()).containsExactlyInAnyOrderElementsOf(shipped.entries());
    }

    @Test
    void operatorOverridesReplaceSameProviderModelAndDateAndAddNewModels(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prices.json");
        Files.writeString(file, """
                {"version": "ops-1", "prices": [
                  {"provider": "openai", "model": "gpt-4o", "effective_from": "2024-10-01",
                   "input": "2.00", "cached_input": "1.00", "output": "8.00"},
                  {"provider": "groq", "model": "llama-3.1-8b", "effective_from": "2025-01-01",
                   "input": "0.05", "output": "0.08"}
                ]}
                """);
        PriceTable shipped = PriceTableLoader.shipped();
        PriceTable table = PriceTableLoader.load(file);

        assertThat(table.version()).isEqualTo("2026-11-01+ops-1");
        assertThat(table.entries()).hasSize(shipped.entries().size() + 1);
        assertThat(table.entries()).filteredOn(p -> p.model().equals("gpt-4o") && p.provider().equals("openai"))
                .singleElement().extracting(ModelPrice::input).isEqualTo(Money.usd("2"));

        TokenUsage tokens = new TokenUsage(1_000_000, 0, 0, 1_000_000);
        assertThat(table.cost("openai", "gpt-4o", tokens, TODAY).amount()).contains(Money.usd("10"));
        assertThat(table.cost("openai", "gpt-4o-2024-08-06", tokens, TODAY).amount()).contains(Money.usd("10"));
        assertThat(table.cost("groq", "llama-3.1-8b", tokens, TODAY))
                .isEqualTo(Cost.of(Money.usd("0.13"), "2026-11-01+ops-1"));
        // Untouched models keep the shipped price.
        assertThat(table.cost("openai", "gpt-4o-mini", tokens, TODAY).amount()).contains(Money.usd("0.75"));
    }

    @Test
    void aMissingOverridesFileIsAnError(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> PriceTableLoader.load(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("nope.json");
    }
}
