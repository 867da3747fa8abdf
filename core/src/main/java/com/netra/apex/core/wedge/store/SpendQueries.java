package com.netra.apex.core.wedge.store;

import java.util.List;

/**
 * Spend analysis of one tenant's stored logs over a span of days. Spend is the stored cost of each call
 * (the log's own figure, else the price table's); unpriced calls add nothing and are listed apart.
 */
public interface SpendQueries {

    SpendTotal total(WedgeScope scope);

    /** Per provider and model, most spend first. */
    List<ModelSpend> byModel(WedgeScope scope);

    /** Per provider, most spend first. */
    List<SpendSlice> byProvider(WedgeScope scope);

    /** Per API key, user or project (a null name for calls the log did not attribute), most spend first. */
    List<SpendSlice> byKey(WedgeScope scope);

    /** Per tag; a call with several tags counts under each, an untagged call under none. */
    List<SpendSlice> byTag(WedgeScope scope);

    /** Per UTC day, oldest first; days without calls are absent. */
    List<DailySpend> byDay(WedgeScope scope);

    /** The {@code limit} keys that spent most, with their share of the tenant's spend. */
    List<TopSpender> topSpenders(WedgeScope scope, int limit);

    /** Spend on calls that repeat an earlier identical request, with the {@code examples} costliest prompts. */
    DuplicateSpend exactDuplicates(WedgeScope scope, int examples);

    /** Models the price table does not know, for calls whose log stated no cost. */
    List<UnpricedModel> unpricedModels(WedgeScope scope);
}
