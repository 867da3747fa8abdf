package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.wedge.LogRow;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Calls to flagship models that the learned router would have sent to the cheaper model: their cost
 * minus the same tokens at the cheaper model's price ({@link Downgrades}). The router scores the question
 * part of the prompt (after the stable prefix, as the gateway scores the last user message), so a long
 * system prompt does not make every question look long. The same output length is assumed on the
 * cheaper model, as the savings ledger assumes for routing. Failed calls (status 400 and up) are skipped.
 */
public final class RoutableAnalyzer implements WasteAnalyzer {

    private final RowPrices prices;
    private final LearnedRouter router;
    private final Downgrades downgrades;
    private final double threshold;
    private final LogSpan span = new LogSpan();
    private final StablePrefixes<LogRow> prefixes = new StablePrefixes<>();
    private final PicoDollars.Sum saved = new PicoDollars.Sum();
    private final Map<String, PicoDollars.Sum> savedByPair = new LinkedHashMap<>();
    private final Tally modelRows = new Tally();
    private final Tally keyRows = new Tally();
    private final Tally weakModels = new Tally();
    private final ExamplePrompts examples = new ExamplePrompts();
    private long rows;
    private long flagshipRows;
    private long withoutPrompt;
    private long priced;
    private long unpriced;

    /** The shipped router at its default threshold, and the shipped downgrade table. */
    public RoutableAnalyzer(RowPrices prices) {
        this(prices, LearnedRouter.shipped(), Downgrades.shipped(), LearnedRouter.shipped().defaultThreshold());
    }

    public RoutableAnalyzer(RowPrices prices, LearnedRouter router, Downgrades downgrades, double threshold) {
        this.prices = prices;
        this.router = router;
        this.downgrades = downgrades;
        this.threshold = threshold;
    }

    @Override
    public void accept(LogRow row) {
        span.accept(row);
        rows++;
        if (row.status() >= 400 || downgrades.forModel(row.model()).isEmpty()) {
            return;
        }
        flagshipRows++;
        if (row.promptText() == null || row.promptText().isBlank()) {
            withoutPrompt++;
            return;
        }
        long scope = Hash64.of(row.tenantId(), row.provider(), row.model(), row.prefixHash());
        long prefixTokens = row.prefixHash() == null ? 0 : row.prefixTokens();
        prefixes.offer(scope, row.promptText(), prefixTokens, row, this::score);
    }

    private void score(LogRow row, String text, int prefixChars) {
        String question = prefixChars > 0 ? text.substring(prefixChars) : text;
        double strong = router.strongProbability(question);
        if (strong >= threshold) {
            return;
        }
        Downgrades.Downgrade to = downgrades.forModel(row.model()).orElseThrow();
        Optional<Money> cost = prices.cost(row);
        Optional<Money> cheaper = prices.costAt(row, to.cheaperProvider(), to.cheaperModel());
        modelRows.add(row.model());
        keyRows.add(row.keyId());
        examples.offer(String.format(Locale.ROOT, "router %.2f < %.2f: ", strong, threshold), question);
        if (cost.isEmpty() || cheaper.isEmpty()) {
            unpriced++;
            return;
        }
        priced++;
        Money saving = cost.get().minus(cheaper.get());
        long picos = saving.usd().signum() > 0 ? PicoDollars.of(saving) : 0; // a discounted log price can undercut the table
        saved.add(picos);
        savedByPair.computeIfAbsent(row.model() + " -> " + to.cheaperModel(), k -> new PicoDollars.Sum()).add(picos);
        weakModels.add(to.cheaperModel(), picos);
    }

    @Override
    public Finding finding() {
        prefixes.finish(this::score);
        long routable = priced + unpriced;
        String title = Findings.plural(routable, "call", "calls") + " to flagship models the router would have sent "
                + "to a cheaper model";
        Map<String, Money> byPair = new LinkedHashMap<>();
        savedByPair.forEach((pair, sum) -> byPair.put(pair, sum.money()));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("flagship_rows", flagshipRows);
        counts.put("flagship_rows_without_prompt", withoutPrompt);
        counts.put("unpriced_rows", unpriced);
        Evidence evidence = new Evidence(rows, routable, counts, byPair, modelRows.top(), keyRows.top(), examples.list());
        return Findings.of(FindingKind.ROUTABLE, title, saved.money(), priced, unpriced, span, confidence(), evidence,
                setting(), "Turn on routing: the learned router sends easy prompts for the strong models to the "
                        + "cheaper one and keeps hard ones where they are.");
    }

    /** The strong models seen, and as the weak model the cheaper model with the largest saving. */
    private String setting() {
        if (modelRows.all().isEmpty()) {
            return "routing=on";
        }
        String weak = weakModels.all().keySet().stream().findFirst().orElse("");
        String strong = String.join(",", modelRows.all().keySet());
        return "routing=on routing.strong=" + strong + (weak.isEmpty() ? "" : " routing.weak=" + weak);
    }

    /** The router's quality kept against the strong model, from the cross-validation recorded with its weights. */
    private Confidence confidence() {
        Object chosen = router.weights().provenance().get("chosen");
        Object kept = chosen instanceof Map<?, ?> m ? m.get("qualityVsStrong") : null;
        double quality = kept instanceof Number n ? Math.max(0, Math.min(1, n.doubleValue())) : 0.9;
        return new Confidence(quality, String.format(Locale.ROOT, "the router kept %.1f%% of the strong model's "
                + "accuracy in cross-validation (MMLU, gpt-4o vs gpt-4o-mini) at its shipped threshold; the saving "
                + "assumes the same answer length", quality * 100));
    }
}
