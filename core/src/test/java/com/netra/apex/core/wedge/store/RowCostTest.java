package com.netra.apex.core.wedge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.ModelPrice;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowCostTest {

    private static final PriceTable PRICES = new PriceTable("t", List.of(
            new ModelPrice("openai", "gpt-4o", LocalDate.parse("2025-01-01"), Money.usd("2.50"), Money.usd("1.25"),
                    null, Money.usd("10"), List.of()),
            new ModelPrice("openai", "gpt-4o", LocalDate.parse("2025-06-01"), Money.usd("5"), Money.usd("1.25"),
                    null, Money.usd("20"), List.of())));

    @Test
    void theLogsOwnCostWinsOverThePriceTable() {
        RowCost cost = RowCost.of(row("gpt-4o", "2025-03-01T00:00:00Z", new BigDecimal("0.42")), PRICES);

        assertThat(cost).isEqualTo(new RowCost(new BigDecimal("0.420000000"), RowCost.Source.LOG));
        assertThat(cost.usd().scale()).isEqualTo(9);
    }

    @Test
    void withoutALoggedCostTheCallIsPricedOnItsUtcDay() {
        // 1000 input at $2.50, 200 cached at $1.25, 500 output at $10 per million
        assertThat(RowCost.of(row("gpt-4o", "2025-05-31T23:59:59Z", null), PRICES).usd())
                .isEqualTo(new BigDecimal("0.007750000"));
        // the next UTC day the June price applies: 0.005 + 0.00025 + 0.01
        assertThat(RowCost.of(row("gpt-4o-2024-08-06", "2025-06-01T00:00:00Z", null), PRICES))
                .isEqualTo(new RowCost(new BigDecimal("0.015250000"), RowCost.Source.PRICE_TABLE));
    }

    @Test
    void anUnknownModelIsUnpricedNotFree() {
        RowCost cost = RowCost.of(row("mystery-1", "2025-03-01T00:00:00Z", null), PRICES);

        assertThat(cost.priced()).isFalse();
        assertThat(cost.usd()).isNull();
        assertThat(cost.source()).isEqualTo(RowCost.Source.UNPRICED);
    }

    @Test
    void costsRoundHalfEvenToNanodollarsAndMustFitTheColumn() {
        assertThat(new RowCost(new BigDecimal("0.0000000025"), RowCost.Source.LOG).usd())
                .isEqualTo(new BigDecimal("0.000000002"));
        assertThatThrownBy(() -> new RowCost(new BigDecimal("1000000000"), RowCost.Source.LOG))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LogRow row(String model, String at, BigDecimal cost) {
        return new LogRow("r", "acme", Instant.parse(at), "openai_jsonl", "openai", model, null, List.of(), 1000,
                200, 0, 500, cost, null, null, null, 0, 0, 200, false);
    }
}
