package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.ModelPrice;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.wedge.LogRow;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Prices log rows: the cost the log states, else the row's tokens at the price table's price for its
 * provider, model and day (UTC). The row's token fields are read as {@link TokenUsage} reads them:
 * {@code inputTokens} are those billed at the full input price, cached and cache-write tokens apart.
 *
 * <p>Analyzers in one pass share one instance, and the last row's cost is remembered, so a row is
 * priced once however many analyzers ask. Not thread-safe.
 */
public final class RowPrices {

    private final PriceTable table;
    private LogRow lastRow;
    private Optional<Money> lastCost;

    public RowPrices(PriceTable table) {
        this.table = table;
    }

    public PriceTable table() {
        return table;
    }

    /** What the row cost: as the log states it, else from the price table; empty when neither knows. */
    public Optional<Money> cost(LogRow row) {
        if (row != lastRow) {
            lastCost = row.costUsd() != null
                    ? Optional.of(new Money(row.costUsd()))
                    : table.cost(row.provider(), row.model(), tokens(row), day(row)).amount();
            lastRow = row;
        }
        return lastCost;
    }

    /** The row's own tokens priced at another model; empty when the table does not price that model. */
    public Optional<Money> costAt(LogRow row, String provider, String model) {
        return table.cost(provider, model, tokens(row), day(row)).amount();
    }

    /** The row's model's prices in force on its day, the long-context tier for its prompt applied. */
    public Optional<ModelPrice> price(LogRow row) {
        return table.find(row.provider(), row.model(), day(row))
                .map(p -> p.forPromptTokens(tokens(row).promptTokens()));
    }

    /** Whether the table prices the row's model on its day (a stated cost aside). */
    public boolean priced(LogRow row) {
        return table.find(row.provider(), row.model(), day(row)).isPresent();
    }

    /** The row's tokens; a negative count from a malformed log line is read as zero. */
    public static TokenUsage tokens(LogRow row) {
        return new TokenUsage(Math.max(0, row.inputTokens()), Math.max(0, row.cachedInputTokens()),
                Math.max(0, row.cacheWriteTokens()), Math.max(0, row.outputTokens()));
    }

    public static LocalDate day(LogRow row) {
        return row.timestamp() == null ? LocalDate.EPOCH : LocalDate.ofInstant(row.timestamp(), ZoneOffset.UTC);
    }
}
