package com.netra.apex.core.wedge.sample;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.wedge.analysis.Downgrades;
import com.netra.apex.core.wedge.analysis.EasyRequests;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds up the planted truth as calls are generated, pricing each with the given table. The routable,
 * bloat and caching figures follow the definitions the Wedge states ({@link EasyRequests}, lossless
 * compression, a 5-minute cache), computed from what the generator knows rather than from the log lines.
 */
final class TruthLedger {

    /*
     * The Wedge's stated definitions (EasyRequests, MissedPromptCachingAnalyzer), copied rather than shared: a
     * change on the analyzers' side must then be made here too, on purpose, or the tests comparing them fail.
     */
    private static final Duration CACHE_TTL = Duration.ofMinutes(5);
    private static final long EASY_MAX_OUTPUT_TOKENS = 32;
    private static final int EASY_MAX_QUESTION_WORDS = 80;

    /** The last call of one (model, long system prompt) pair, and whether its run has paid a cache write. */
    private static final class CacheRun {
        Instant last;
        boolean writeCharged;
    }

    private final PriceTable prices;
    private final Downgrades downgrades = Downgrades.shipped();
    private long rows;
    private Money pricedSpend = Money.ZERO;
    private final Set<String> unpricedModels = new TreeSet<>();
    private final Map<PlantedWaste, long[]> counts = new EnumMap<>(PlantedWaste.class);
    private final Map<PlantedWaste, Money> spend = new EnumMap<>(PlantedWaste.class);
    private final Set<Integer> duplicatedOriginals = new HashSet<>();
    private final Set<Integer> nearFamilies = new HashSet<>();
    private Money nearWaste = Money.ZERO;
    private long routableRows;
    private Money routableSpend = Money.ZERO;
    private Money routableOnCheaper = Money.ZERO;
    private long bloatTokens;
    private Money bloatSpend = Money.ZERO;
    private final Map<String, CacheRun> cacheRuns = new HashMap<>();
    private long prefixTokens;
    private long cacheableRepeats;
    private Money cachingSaving = Money.ZERO;

    TruthLedger(PriceTable prices) {
        this.prices = prices;
        for (PlantedWaste w : PlantedWaste.values()) {
            counts.put(w, new long[1]);
            spend.put(w, Money.ZERO);
        }
    }

    /** Records one call made at {@code at} and returns its cost, or null when the table cannot price its model. */
    Money record(SampleCall call, Instant at) {
        rows++;
        counts.get(call.waste())[0]++;
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        Money cost = price(call.provider(), call.model(), new TokenUsage(call.promptTokens(), 0, 0, call.outputTokens()), day);
        if (cost == null) {
            unpricedModels.add(call.model());
            return null;
        }
        pricedSpend = pricedSpend.plus(cost);
        spend.merge(call.waste(), cost, Money::plus);
        routable(call, cost, day);
        switch (call.waste()) {
            case EXACT_DUPLICATE -> duplicatedOriginals.add(call.family());
            case NEAR_DUPLICATE -> {
                // The first request of a cluster is not waste; every rewording after it is.
                if (!nearFamilies.add(call.family())) {
                    nearWaste = nearWaste.plus(cost);
                }
            }
            case BLOATED_PROMPT -> bloat(call, day);
            case UNCACHED_SYSTEM_PROMPT -> uncached(call, at, day);
            default -> { }
        }
        return cost;
    }

    PlantedTruth truth() {
        Map<PlantedWaste, PlantedTruth.Tally> byWaste = new EnumMap<>(PlantedWaste.class);
        counts.forEach((w, n) -> byWaste.put(w, new PlantedTruth.Tally(n[0], spend.get(w))));
        return new PlantedTruth(rows, pricedSpend, unpricedModels, byWaste, duplicatedOriginals.size(), nearFamilies.size(),
                nearWaste, new PlantedTruth.Routable(routableRows, routableSpend, routableOnCheaper), bloatTokens,
                bloatSpend, cacheRuns.size(), prefixTokens, cacheableRepeats, cachingSaving);
    }

    /**
     * Any call easy by {@link EasyRequests} on a model with a cheaper sibling, whatever else was planted in it
     * (a reworded sentiment label on gpt-4o is a near-duplicate and routable alike). The generator knows the
     * request has no tools or images, so the text-only check holds by construction.
     */
    private void routable(SampleCall call, Money cost, LocalDate day) {
        Optional<Downgrades.Downgrade> to = downgrades.forModel(call.model());
        if (!call.closedForm() || call.tools() || to.isEmpty() || call.outputTokens() > EASY_MAX_OUTPUT_TOKENS
                || EasyRequests.words(call.userText()) > EASY_MAX_QUESTION_WORDS) {
            return;
        }
        routableRows++;
        routableSpend = routableSpend.plus(cost);
        routableOnCheaper = routableOnCheaper.plus(price(to.get().cheaperProvider(), to.get().cheaperModel(),
                new TokenUsage(call.promptTokens(), 0, 0, call.outputTokens()), day));
    }

    private void bloat(SampleCall call, LocalDate day) {
        bloatTokens += call.removableTokens();
        bloatSpend = bloatSpend.plus(price(call.provider(), call.model(), new TokenUsage(call.removableTokens(), 0, 0, 0), day));
    }

    /**
     * A call within 5 minutes of its pair's previous call would have read the prefix from cache: the input
     * price minus the cached price on the prefix. Anthropic caches behind a breakpoint, so each such run also
     * pays one cache write premium. A call later than that starts a new run and saves nothing.
     */
    private void uncached(SampleCall call, Instant at, LocalDate day) {
        long prefix = call.prefixTokens();
        prefixTokens += prefix;
        CacheRun run = cacheRuns.get(call.model() + "|" + call.systemVariant());
        if (run == null) {
            run = new CacheRun();
            run.last = at;
            cacheRuns.put(call.model() + "|" + call.systemVariant(), run);
            return;
        }
        boolean repeat = Duration.between(run.last, at).abs().compareTo(CACHE_TTL) <= 0;
        run.last = at;
        if (!repeat) {
            run.writeCharged = false;
            return;
        }
        cacheableRepeats++;
        Money full = prefixPrice(call, new TokenUsage(prefix, 0, 0, 0), day);
        cachingSaving = cachingSaving.plus(full.minus(prefixPrice(call, new TokenUsage(0, prefix, 0, 0), day)));
        if (call.anthropic() && !run.writeCharged) {
            cachingSaving = cachingSaving.minus(prefixPrice(call, new TokenUsage(0, 0, prefix, 0), day).minus(full));
            run.writeCharged = true;
        }
    }

    private Money prefixPrice(SampleCall call, TokenUsage tokens, LocalDate day) {
        return price(call.provider(), call.model(), tokens, day);
    }

    private Money price(String provider, String model, TokenUsage tokens, LocalDate day) {
        Cost cost = prices.cost(provider, model, tokens, day);
        return cost.priced() ? cost.amount().get() : null;
    }
}
