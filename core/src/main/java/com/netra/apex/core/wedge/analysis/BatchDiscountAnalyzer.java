package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Traffic that did not need an answer at once and could have gone through the provider's batch API at
 * half price (OpenAI and Anthropic both discount batches 50%, results within 24 hours). Two signs, both
 * heuristic: a tag that names the traffic offline ({@link #OFFLINE_TAGS}, matched as words, so
 * "job:nightly" counts), or job-like bursts of one key and prefix ({@link KeyBursts}). Rows already sent
 * as batches, and providers without a batch API here, are left out. The saving is half the rows' cost.
 */
public final class BatchDiscountAnalyzer implements WasteAnalyzer {

    public static final Set<String> OFFLINE_TAGS = Set.of("batch", "offline", "nightly", "eval");
    static final Set<String> BATCH_PROVIDERS = Set.of("openai", "anthropic");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final double TAGGED_CONFIDENCE = 0.6;
    private static final double BURST_CONFIDENCE = 0.4;

    private final RowPrices prices;
    private final LogSpan span = new LogSpan();
    private final KeyBursts bursts = new KeyBursts();
    private final PicoDollars.Sum tagged = new PicoDollars.Sum();
    private final Tally tags = new Tally();
    private final Tally modelRows = new Tally();
    private final Tally keyRows = new Tally();
    private final ExamplePrompts examples = new ExamplePrompts();
    private long rows;
    private long alreadyBatch;
    private long taggedPriced;
    private long taggedUnpriced;

    public BatchDiscountAnalyzer(RowPrices prices) {
        this.prices = prices;
    }

    @Override
    public void accept(LogRow row) {
        span.accept(row);
        rows++;
        if (row.batch()) {
            alreadyBatch++;
            return;
        }
        if (!BATCH_PROVIDERS.contains(row.provider())) {
            return;
        }
        long cost = PicoDollars.of(prices.cost(row));
        String tag = offlineTag(row);
        if (tag != null) {
            tags.add(tag);
            modelRows.add(row.model());
            keyRows.add(row.keyId());
            examples.offer("tagged " + tag + ": ", row.promptText());
            if (cost == PicoDollars.UNPRICED) {
                taggedUnpriced++;
            } else {
                taggedPriced++;
                tagged.add(cost);
            }
        } else if (row.prefixHash() != null && row.timestamp() != null) {
            bursts.add(row.tenantId(), row.keyId(), row.prefixHash(), row.timestamp().toEpochMilli(), cost);
        }
    }

    /** The first tag with an offline word in it, e.g. "nightly" in "job:nightly-report"; null when none. */
    static String offlineTag(LogRow row) {
        for (String tag : row.tags()) {
            for (String word : tag.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (OFFLINE_TAGS.contains(word)) {
                    return tag;
                }
            }
        }
        return null;
    }

    @Override
    public Finding finding() {
        long logMinutes = span.observed().toMinutes() + 1;
        PicoDollars.Sum burstCost = new PicoDollars.Sum();
        long burstPriced = 0;
        long burstUnpriced = 0;
        Tally burstKeys = new Tally();
        for (KeyBursts.Group g : bursts.closed()) {
            if (g.burst(logMinutes)) {
                burstCost.add(PicoDollars.of(g.denseCost.money()));
                burstPriced += g.denseRows - g.denseUnpriced;
                burstUnpriced += g.denseUnpriced;
                burstKeys.add(g.key, g.denseRows);
                keyRows.add(g.key, g.denseRows);
            }
        }
        Money taggedSaving = half(tagged.money());
        Money burstSaving = half(burstCost.money());
        long priced = taggedPriced + burstPriced;
        long unpriced = taggedUnpriced + burstUnpriced;
        String title = Findings.plural(priced + unpriced, "call", "calls") + " that look offline and could have "
                + "used a batch API at half price";
        Evidence evidence = new Evidence(rows, priced + unpriced, counts(burstPriced + burstUnpriced, unpriced),
                amounts(taggedSaving, burstSaving), modelRows.top(), keyRows.top(), examples.list());
        return Findings.of(FindingKind.BATCH_DISCOUNT, title, taggedSaving.plus(burstSaving), priced, unpriced, span,
                confidence(taggedSaving, burstSaving), evidence, "", advice(burstKeys));
    }

    private Map<String, Long> counts(long burstRows, long unpriced) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("tagged_rows", taggedPriced + taggedUnpriced);
        counts.put("burst_rows", burstRows);
        counts.put("already_batch_rows", alreadyBatch);
        counts.put("unpriced_rows", unpriced);
        counts.put("untracked_key_prefixes", bursts.untracked());
        tags.top().forEach((tag, n) -> counts.put("tag:" + tag, n));
        return counts;
    }

    private static Map<String, Money> amounts(Money taggedSaving, Money burstSaving) {
        Map<String, Money> amounts = new LinkedHashMap<>();
        amounts.put("tagged", taggedSaving);
        amounts.put("bursts", burstSaving);
        return amounts;
    }

    private static Money half(Money m) {
        return new Money(m.usd().multiply(HALF));
    }

    /** Weighted by dollars: a tag states intent (0.6), a burst only suggests it (0.4). */
    private static Confidence confidence(Money taggedSaving, Money burstSaving) {
        double t = taggedSaving.usd().doubleValue();
        double b = burstSaving.usd().doubleValue();
        double value = t + b <= 0 ? TAGGED_CONFIDENCE : (TAGGED_CONFIDENCE * t + BURST_CONFIDENCE * b) / (t + b);
        return new Confidence(Math.round(value * 100) / 100.0, "heuristic: offline tags (0.6) and job-like bursts "
                + "(0.4) suggest the traffic can wait up to 24 hours; nobody has confirmed it can");
    }

    private String advice(Tally burstKeys) {
        String named = String.join(", ", tags.top().keySet());
        String keys = String.join(", ", burstKeys.top().keySet());
        return "Send this traffic through the provider's batch API (50% off, results within 24 hours); Apex has no "
                + "setting for it yet." + (named.isEmpty() ? "" : " Tags: " + named + ".")
                + (keys.isEmpty() ? "" : " Bursting keys: " + keys + ".");
    }
}
