package com.netra.apex.core.wedge.sample;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.usage.TokenUsage;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Adds up the planted truth as calls are generated, pricing each with the given table. */
final class TruthLedger {

    private final PriceTable prices;
    private long rows;
    private Money pricedSpend = Money.ZERO;
    private final Set<String> unpricedModels = new TreeSet<>();
    private final Map<PlantedWaste, long[]> counts = new EnumMap<>(PlantedWaste.class);
    private final Map<PlantedWaste, Money> spend = new EnumMap<>(PlantedWaste.class);
    private final Set<Integer> duplicatedOriginals = new HashSet<>();
    private final Set<Integer> nearFamilies = new HashSet<>();
    private Money nearWaste = Money.ZERO;
    private Money easyOnSmall = Money.ZERO;
    private long bloatTokens;
    private Money bloatSpend = Money.ZERO;
    private final Set<String> prefixGroups = new HashSet<>();
    private long prefixTokens;
    private Money cachingSaving = Money.ZERO;

    TruthLedger(PriceTable prices) {
        this.prices = prices;
        for (PlantedWaste w : PlantedWaste.values()) {
            counts.put(w, new long[1]);
            spend.put(w, Money.ZERO);
        }
    }

    /** Records one call and returns its cost, or null when the table cannot price its model. */
    Money record(SampleCall call, LocalDate day) {
        rows++;
        counts.get(call.waste())[0]++;
        Money cost = price(call, call.model(), new TokenUsage(call.promptTokens(), 0, 0, call.outputTokens()), day);
        if (cost == null) {
            unpricedModels.add(call.model());
            return null;
        }
        pricedSpend = pricedSpend.plus(cost);
        spend.merge(call.waste(), cost, Money::plus);
        switch (call.waste()) {
            case EXACT_DUPLICATE -> duplicatedOriginals.add(call.family());
            case NEAR_DUPLICATE -> {
                // The first request of a cluster is not waste; every rewording after it is.
                if (!nearFamilies.add(call.family())) {
                    nearWaste = nearWaste.plus(cost);
                }
            }
            case EASY_ON_FLAGSHIP -> easyOnSmall = easyOnSmall.plus(price(call, smallModel(call),
                    new TokenUsage(call.promptTokens(), 0, 0, call.outputTokens()), day));
            case BLOATED_PROMPT -> bloat(call, day);
            case UNCACHED_SYSTEM_PROMPT -> uncached(call, day);
            default -> { }
        }
        return cost;
    }

    PlantedTruth truth() {
        Map<PlantedWaste, PlantedTruth.Tally> byWaste = new EnumMap<>(PlantedWaste.class);
        counts.forEach((w, n) -> byWaste.put(w, new PlantedTruth.Tally(n[0], spend.get(w))));
        return new PlantedTruth(rows, pricedSpend, unpricedModels, byWaste, duplicatedOriginals.size(), nearFamilies.size(), nearWaste,
                easyOnSmall, bloatTokens, bloatSpend, prefixGroups.size(), prefixTokens, cachingSaving);
    }

    private void bloat(SampleCall call, LocalDate day) {
        long excess = call.promptTokens() - call.compactTokens();
        bloatTokens += excess;
        bloatSpend = bloatSpend.plus(price(call, call.model(), new TokenUsage(excess, 0, 0, 0), day));
    }

    private void uncached(SampleCall call, LocalDate day) {
        long prefix = call.prefixTokens();
        prefixTokens += prefix;
        if (!prefixGroups.add(call.model() + "|" + call.systemVariant())) {
            Money full = price(call, call.model(), new TokenUsage(prefix, 0, 0, 0), day);
            Money cached = price(call, call.model(), new TokenUsage(0, prefix, 0, 0), day);
            cachingSaving = cachingSaving.plus(full.minus(cached));
        }
    }

    private static String smallModel(SampleCall call) {
        return call.anthropic() ? "claude-haiku-4-5" : "gpt-4o-mini";
    }

    private Money price(SampleCall call, String model, TokenUsage tokens, LocalDate day) {
        Cost cost = prices.cost(call.provider(), model, tokens, day);
        return cost.priced() ? cost.amount().get() : null;
    }
}
