package com.netra.apex.core.wedge.sample;

import com.netra.apex.core.money.Money;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the sample logs planted, priced with the price table the generator was given: what an analysis of
 * the logs should find. Spend is the cost of the rows' reported tokens at list prices; unpriced rows
 * count in rows but not in spend. Routable, bloat and caching follow the Wedge's stated definitions
 * ({@code EasyRequests}; what lossless compression removes; a prompt cache that lives 5 minutes from its
 * last use), so they are what a correct analysis finds, not a looser upper bound.
 *
 * @param rows                         rows written
 * @param pricedSpend                  the cost of every priced row
 * @param unpricedModels               the models the price table does not know
 * @param byWaste                      rows and their spend, per kind of planted waste (NONE included)
 * @param exactDuplicateOriginals      distinct earlier calls that the exact duplicates repeat; the duplicates'
 *                                     spend is all avoidable (the originals' spend is in NONE)
 * @param nearDuplicateFamilies        clusters of rewordings the near-duplicates come from
 * @param nearDuplicateWaste           what every rewording after the first of its cluster cost
 * @param routable                     every call easy by {@code EasyRequests} on a model with a cheaper sibling:
 *                                     the easy questions and the closed-form near-duplicates on flagships
 * @param bloatExcessTokens            o200k tokens lossless compression removes from the bloated prompts
 * @param bloatExcessSpend             those tokens at the row's model's input price
 * @param uncachedPrefixGroups         distinct (model, long system prompt) pairs sent without caching
 * @param uncachedPrefixTokens         prefix tokens billed at the full input price across those rows
 * @param cacheableRepeats             rows of those pairs within 5 minutes of the pair's previous row
 * @param uncachedCachingSaving        the saving had those repeats read the prefix from cache (input minus
 *                                     cached price), less one Anthropic cache-write premium per run of repeats
 */
public record PlantedTruth(
        long rows,
        Money pricedSpend,
        Set<String> unpricedModels,
        Map<PlantedWaste, Tally> byWaste,
        long exactDuplicateOriginals,
        long nearDuplicateFamilies,
        Money nearDuplicateWaste,
        Routable routable,
        long bloatExcessTokens,
        Money bloatExcessSpend,
        long uncachedPrefixGroups,
        long uncachedPrefixTokens,
        long cacheableRepeats,
        Money uncachedCachingSaving) {

    /** Rows of one kind and what they cost (priced rows only). */
    public record Tally(long rows, Money spend) {
    }

    /** Easy calls on flagships, what they cost, and what the same tokens cost on the cheaper sibling. */
    public record Routable(long rows, Money spend, Money onCheaperModels) {

        /** What routing them would have saved. */
        public Money saving() {
            return spend.minus(onCheaperModels);
        }
    }

    public PlantedTruth {
        unpricedModels = Set.copyOf(unpricedModels);
        byWaste = Map.copyOf(byWaste);
    }

    public Tally of(PlantedWaste waste) {
        return byWaste.getOrDefault(waste, new Tally(0, Money.ZERO));
    }

    /** The planted figures as readable lines, for the command line and the sample's README. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("rows: ").append(rows).append(", priced spend: ").append(pricedSpend).append('\n');
        for (PlantedWaste w : PlantedWaste.values()) {
            Tally t = of(w);
            s.append(String.format("  %-24s %8d rows  %s%n", w.name().toLowerCase(), t.rows(), t.spend()));
        }
        s.append("exact duplicates repeat ").append(exactDuplicateOriginals).append(" calls; near duplicates come from ")
                .append(nearDuplicateFamilies).append(" clusters of rewordings, ").append(nearDuplicateWaste)
                .append(" after the first of each\n");
        s.append("routable: ").append(routable.rows()).append(" easy calls on flagships cost ").append(routable.spend())
                .append(", on the cheaper models ").append(routable.onCheaperModels()).append(", saving ")
                .append(routable.saving()).append('\n');
        s.append("bloat: ").append(bloatExcessTokens).append(" tokens lossless compression removes, ").append(bloatExcessSpend)
                .append('\n');
        s.append("uncached system prompts: ").append(uncachedPrefixGroups).append(" groups, ").append(uncachedPrefixTokens)
                .append(" prefix tokens; ").append(cacheableRepeats).append(" repeats within 5 minutes, caching would save ")
                .append(uncachedCachingSaving).append('\n');
        s.append("unpriced models: ").append(new TreeSet<>(unpricedModels)).append('\n');
        return s.toString();
    }
}
