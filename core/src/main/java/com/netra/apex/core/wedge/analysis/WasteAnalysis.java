package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.LogRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every analyzer over the rows in one pass and totals their findings into a {@link WasteReport}.
 * Exact duplicates are counted in SQL by the storage side; pass that finding to {@link #report}.
 */
public final class WasteAnalysis {

    private final RowPrices prices;
    private final List<WasteAnalyzer> analyzers;
    private final LogSpan span = new LogSpan();
    private final PicoDollars.Sum spend = new PicoDollars.Sum();
    private long rows;
    private long unpricedRows;

    public WasteAnalysis(RowPrices prices, List<WasteAnalyzer> analyzers) {
        this.prices = prices;
        this.analyzers = List.copyOf(analyzers);
    }

    /** All six Java analyzers with the shipped router, downgrade table and compressor, sharing one pricer. */
    public static WasteAnalysis standard(PriceTable table) {
        RowPrices prices = new RowPrices(table);
        return new WasteAnalysis(prices, List.of(new NearDuplicateAnalyzer(prices), new RoutableAnalyzer(prices),
                new PromptBloatAnalyzer(prices), new MissedPromptCachingAnalyzer(prices),
                new BatchDiscountAnalyzer(prices), new UnpricedModelsAnalyzer(prices)));
    }

    public void accept(LogRow row) {
        span.accept(row);
        rows++;
        long cost = PicoDollars.of(prices.cost(row));
        if (cost == PicoDollars.UNPRICED) {
            unpricedRows++;
        } else {
            spend.add(cost);
        }
        for (WasteAnalyzer analyzer : analyzers) {
            analyzer.accept(row);
        }
    }

    public WasteAnalysis acceptAll(Iterable<LogRow> logRows) {
        logRows.forEach(this::accept);
        return this;
    }

    /** The report; call once, after the last row. {@code fromElsewhere} adds findings made outside this pass (SQL). */
    public WasteReport report(List<Finding> fromElsewhere) {
        List<Finding> findings = new ArrayList<>(fromElsewhere);
        for (WasteAnalyzer analyzer : analyzers) {
            findings.add(analyzer.finding());
        }
        return WasteReport.of(span, rows, unpricedRows, spend.money(), findings);
    }

    public WasteReport report() {
        return report(List.of());
    }
}
