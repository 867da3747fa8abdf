package com.netra.apex.core.wedge.store;

import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;

/**
 * The cost stored with a log row, decided once at ingestion so that SQL only ever sums a column: the
 * log's own figure when it states one (it is what the customer was billed), else the price table's
 * price on the call's UTC day, else unpriced (null, never a silent zero).
 *
 * @param usd    the cost at the stored scale of 9 decimal places, or null when unpriced
 * @param source where the figure came from
 */
public record RowCost(BigDecimal usd, Source source) {

    /** The stored column is DECIMAL(18,9): nanodollars, and up to a billion dollars per call. */
    public static final int SCALE = 9;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18 - SCALE);

    /** Where a stored cost came from; stored as its lower-case name. */
    public enum Source { LOG, PRICE_TABLE, UNPRICED }

    public static final RowCost UNPRICED = new RowCost(null, Source.UNPRICED);

    public RowCost {
        if (usd != null) {
            usd = usd.setScale(SCALE, RoundingMode.HALF_EVEN);
            if (usd.abs().compareTo(LIMIT) >= 0) {
                throw new IllegalArgumentException("cost out of range for DECIMAL(18,9): " + usd);
            }
        }
    }

    /** Prices one row. Token counts are read as {@link TokenUsage} reads them (input excludes cached). */
    public static RowCost of(LogRow row, PriceTable prices) {
        if (row.costUsd() != null) {
            return new RowCost(row.costUsd(), Source.LOG);
        }
        TokenUsage tokens = new TokenUsage(row.inputTokens(), row.cachedInputTokens(), row.cacheWriteTokens(),
                row.outputTokens());
        Cost cost = prices.cost(row.provider(), row.model(), tokens,
                row.timestamp().atOffset(ZoneOffset.UTC).toLocalDate());
        return cost.amount().map(m -> new RowCost(m.usd(), Source.PRICE_TABLE)).orElse(UNPRICED);
    }

    public boolean priced() {
        return usd != null;
    }
}
