package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.wedge.LogRow;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls whose model the price table does not know and whose log states no cost: their dollars are
 * unknown, so every other finding leaves them out. Reported with their tokens so a price can be added.
 */
public final class UnpricedModelsAnalyzer implements WasteAnalyzer {

    private final RowPrices prices;
    private final LogSpan span = new LogSpan();
    private final Tally modelRows = new Tally();
    private final Tally keyRows = new Tally();
    private TokenUsage tokens = TokenUsage.NONE;
    private long rows;
    private long unpriced;

    public UnpricedModelsAnalyzer(RowPrices prices) {
        this.prices = prices;
    }

    @Override
    public void accept(LogRow row) {
        span.accept(row);
        rows++;
        if (row.costUsd() != null || prices.priced(row)) {
            return;
        }
        unpriced++;
        tokens = tokens.plus(RowPrices.tokens(row));
        modelRows.add(row.provider() + "/" + row.model());
        keyRows.add(row.keyId());
    }

    @Override
    public Finding finding() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("input_tokens", tokens.input());
        counts.put("cached_input_tokens", tokens.cachedInput());
        counts.put("cache_write_tokens", tokens.cacheWrite());
        counts.put("output_tokens", tokens.output());
        Evidence evidence = new Evidence(rows, unpriced, counts, Map.of(), modelRows.top(), keyRows.top(), java.util.List.of());
        Confidence confidence = new Confidence(1.0, "rows counted exactly; their dollars are unknown, not zero");
        if (unpriced == 0) {
            return Finding.priced(FindingKind.UNPRICED_MODELS, "Every call's model is priced", Money.ZERO, span,
                    confidence, evidence, "", "Nothing to do.");
        }
        String models = String.join(", ", modelRows.top().keySet());
        String title = Findings.plural(unpriced, "call", "calls") + " to models without a price ("
                + models + "): their cost and waste are unknown";
        return Finding.unpriced(FindingKind.UNPRICED_MODELS, title, confidence, evidence, "",
                "Add prices for " + models + " to the price overrides file so their spend and waste are counted.");
    }
}
