package com.netra.apex.core.wedge;

import com.netra.apex.core.wedge.analysis.FindingKind;
import com.netra.apex.core.wedge.analysis.WasteReport;
import com.netra.apex.core.wedge.store.DailySpend;
import com.netra.apex.core.wedge.store.DuplicateSpend;
import com.netra.apex.core.wedge.store.ModelSpend;
import com.netra.apex.core.wedge.store.SpendSlice;
import com.netra.apex.core.wedge.store.SpendTotal;
import com.netra.apex.core.wedge.store.TopSpender;
import com.netra.apex.core.wedge.store.UnpricedModel;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.math.BigDecimal;
import java.util.List;

/**
 * A tenant's spend analysis: where the money went (from SQL over the stored logs) and where it was wasted
 * (the findings), plus what was read to produce it. What `apex analyze` prints and the report API returns.
 */
public record SpendReport(WedgeScope scope, SpendTotal total, List<ModelSpend> byModel, List<SpendSlice> byProvider,
                          List<SpendSlice> byKey, List<SpendSlice> byTag, List<DailySpend> byDay,
                          List<TopSpender> topSpenders, DuplicateSpend duplicates, List<UnpricedModel> unpriced,
                          WasteReport waste, List<SpendAnalysis.Ingested> ingested) {

    /** The dollars of a finding over the logs' span (not per month), zero when it found nothing or is unpriced. */
    public BigDecimal findingUsd(FindingKind kind) {
        return waste.finding(kind).flatMap(f -> f.dollars()).map(m -> m.usd()).orElse(BigDecimal.ZERO);
    }

    /** Which way the spend is going, from the spend per day. */
    public SpendTrend trend() {
        return SpendTrend.of(byDay);
    }

    public long rowsRead() {
        return ingested.stream().mapToLong(i -> i.read().rows()).sum();
    }

    public long rowsSkipped() {
        return ingested.stream().mapToLong(i -> i.read().skipped()).sum();
    }
}
