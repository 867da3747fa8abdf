package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.wedge.LogRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Calls to flagship models that were easy by {@link EasyRequests}' rule (text only, short question, short
 * answer, closed-form task): their cost minus the same tokens at the cheaper model's price
 * ({@link Downgrades}). The question is the prompt after its stable prefix, as the gateway scores the last
 * user message, so a long system prompt neither hides nor lengthens it. The same output length is assumed
 * on the cheaper model, as the savings ledger assumes for routing. Failed calls (status 400 and up) are
 * skipped.
 *
 * <p>The learned router is one signal, never the decider: it was trained on exam questions and does not
 * transfer to arbitrary traffic, so the evidence only counts how many claimed calls it agrees with.
 */
public final class RoutableAnalyzer implements WasteAnalyzer {

    static final double CONFIDENCE = 0.7;

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
    private final Map<String, Long> verdicts = new LinkedHashMap<>();
    private final ExamplePrompts examples = new ExamplePrompts();
    private long rows;
    private long flagshipRows;
    private long withoutPrompt;
    private long routerAgrees;
    private long priced;
    private long unpriced;

    /** The shipped rule and downgrade table, with the shipped router as a second opinion. */
    public RoutableAnalyzer(RowPrices prices) {
        this(prices, LearnedRouter.shipped(), Downgrades.shipped(), LearnedRouter.shipped().defaultThreshold());
    }

    /** @param threshold the router's threshold for its second opinion; it never decides what is claimed */
    public RoutableAnalyzer(RowPrices prices, LearnedRouter router, Downgrades downgrades, double threshold) {
        this.prices = prices;
        this.router = router;
        this.downgrades = downgrades;
        this.threshold = threshold;
        for (EasyRequests.Verdict v : EasyRequests.Verdict.values()) {
            verdicts.put(v.label(), 0L);
        }
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
        prefixes.offer(scope, row.promptText(), prefixTokens, row, this::judge);
    }

    private void judge(LogRow row, String text, int prefixChars) {
        String question = prefixChars > 0 ? text.substring(prefixChars) : text;
        long billedInput = Math.max(0, row.inputTokens()) + Math.max(0, row.cachedInputTokens())
                + Math.max(0, row.cacheWriteTokens());
        EasyRequests.Verdict verdict = EasyRequests.judge(text, question, billedInput, row.outputTokens());
        verdicts.merge(verdict.label(), 1L, Long::sum);
        if (verdict.easy()) {
            claim(row, question, verdict);
        }
    }

    private void claim(LogRow row, String question, EasyRequests.Verdict verdict) {
        Downgrades.Downgrade to = downgrades.forModel(row.model()).orElseThrow();
        routerAgrees += router.strongProbability(question) < threshold ? 1 : 0;
        modelRows.add(row.model());
        keyRows.add(row.keyId());
        examples.offer(verdict.label() + ", " + row.outputTokens() + " output tokens: ", question);
        Optional<Money> cost = prices.cost(row);
        Optional<Money> cheaper = prices.costAt(row, to.cheaperProvider(), to.cheaperModel());
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
        prefixes.finish(this::judge);
        long routable = priced + unpriced;
        String title = Findings.plural(routable, "call", "calls") + " to flagship models with a closed-form question "
                + "and a short answer, which the family's cheaper model handles";
        Map<String, Money> byPair = new LinkedHashMap<>();
        savedByPair.forEach((pair, sum) -> byPair.put(pair, sum.money()));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("flagship_rows", flagshipRows);
        counts.put("flagship_rows_without_prompt", withoutPrompt);
        verdicts.forEach((verdict, n) -> counts.put("verdict_" + verdict, n));
        counts.put("learned_router_agrees", routerAgrees);
        counts.put("unpriced_rows", unpriced);
        Evidence evidence = new Evidence(rows, routable, counts, byPair, modelRows.top(), keyRows.top(), examples.list());
        return Findings.of(FindingKind.ROUTABLE, title, saved.money(), priced, unpriced, span, confidence(), evidence,
                setting(), "Turn on routing for these calls: arithmetic, comparisons, yes/no, lookups and fixed-label "
                        + "classification go to the cheaper model; open-ended, long or tool-using calls stay where they are.");
    }

    /**
     * A policy routes to one weak model: the cheaper model with the largest saving, for the strong models whose
     * cheaper sibling it is (routing Claude traffic to an OpenAI model would not be the saving priced here).
     */
    private String setting() {
        String weak = weakModels.all().keySet().stream().findFirst().orElse("");
        if (weak.isEmpty()) {
            return "routing=on";
        }
        String strong = modelRows.all().keySet().stream()
                .filter(m -> downgrades.forModel(m).map(d -> d.cheaperModel().equals(weak)).orElse(false))
                .collect(Collectors.joining(","));
        return "routing=on routing.strong=" + strong + " routing.weak=" + weak;
    }

    /** A rule, not a measurement on this customer's traffic: said so, and priced as a likely rather than a sure saving. */
    private static Confidence confidence() {
        return new Confidence(CONFIDENCE, "a stated rule: text-only calls with a question of at most "
                + EasyRequests.MAX_QUESTION_WORDS + " words, an answer of at most " + EasyRequests.MAX_OUTPUT_TOKENS
                + " tokens and a closed-form task (arithmetic, comparison, yes/no, lookup, fixed labels, extraction); "
                + "small models answer these about as well, but answer quality was not measured on these calls; "
                + "the saving assumes the same token counts on the cheaper model");
    }
}
