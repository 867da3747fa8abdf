package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.ModelPrice;
import com.netra.apex.core.wedge.LogRow;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Repeats of a long stable prefix (tools + system prompt) that the provider's prompt cache would have
 * served but did not (no cached input tokens), per tenant, provider, model and prefix hash.
 *
 * <p>A repeat is a row within {@link #CACHE_TTL} (5 minutes) of the prefix's previous row, for every
 * provider: Anthropic keeps a cache entry 5 minutes from its last use, and OpenAI "5 to 10 minutes of
 * inactivity" (sometimes up to an hour off-peak, which nobody can count on). A row later than that would
 * have paid full price anyway, so it starts a new run and saves nothing. Anthropic caches only behind a
 * cache_control breakpoint, so each run of repeats also pays one cache write, at the write premium (write
 * price minus input price), on its first repeat; OpenAI caches automatically with no write premium.
 *
 * <p>A missed repeat saves its prefix tokens (at most its full-price input tokens) times the input price
 * minus the cached price. Prefixes count from 1,024 tokens (2,048 for Anthropic's Haiku models), the
 * providers' minimums. Rows are taken in arrival order, which is time order for time-ordered logs.
 */
public final class MissedPromptCachingAnalyzer implements WasteAnalyzer {

    public static final Duration CACHE_TTL = Duration.ofMinutes(5);
    static final long MIN_PREFIX_TOKENS = 1024;
    static final long HAIKU_MIN_PREFIX_TOKENS = 2048;
    /** Distinct prefixes tracked; past this, new prefixes are counted as untracked, not guessed at. */
    static final int MAX_PREFIXES = 1 << 20;
    private static final String ANTHROPIC = "anthropic";

    private static final class PrefixRun {
        long lastMillis;
        boolean writeCharged;
    }

    private final RowPrices prices;
    private final LogSpan span = new LogSpan();
    private final Map<Long, PrefixRun> runs = new HashMap<>();
    private final Map<String, PicoDollars.Sum> savedByProvider = new LinkedHashMap<>();
    private final Tally modelRows = new Tally();
    private final Tally keyRows = new Tally();
    private final ExamplePrompts examples = new ExamplePrompts();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long rows;
    private long priced;
    private long unpriced;

    public MissedPromptCachingAnalyzer(RowPrices prices) {
        this.prices = prices;
        for (String c : new String[] {"long_prefix_rows", "repeats_served_from_cache", "missed_repeats",
                                      "repeats_after_cache_expiry", "rows_without_cached_price", "untracked_prefixes",
                                      "unpriced_rows"}) {
            counts.put(c, 0L);
        }
    }

    @Override
    public void accept(LogRow row) {
        span.accept(row);
        rows++;
        if (row.prefixHash() == null || row.prefixTokens() < minimumPrefix(row)) {
            return;
        }
        bump("long_prefix_rows");
        Optional<ModelPrice> price = prices.price(row);
        if (price.isPresent() && price.get().cachedInput() == null) {
            bump("rows_without_cached_price"); // no discount to miss
            return;
        }
        PrefixRun run = runs.get(Hash64.of(row.tenantId(), row.provider(), row.model(), row.prefixHash()));
        long millis = row.timestamp() == null ? 0 : row.timestamp().toEpochMilli();
        if (run == null) {
            track(row, millis);
            return;
        }
        boolean anthropic = ANTHROPIC.equals(row.provider());
        boolean repeat = Math.abs(millis - run.lastMillis) <= CACHE_TTL.toMillis();
        run.lastMillis = millis;
        if (!repeat) {
            bump("repeats_after_cache_expiry");
            run.writeCharged = false; // the cache would have expired: this row writes it again
        } else if (row.cachedInputTokens() > 0) {
            bump("repeats_served_from_cache");
        } else {
            missed(row, price, run, anthropic);
        }
    }

    private void track(LogRow row, long millis) {
        if (runs.size() >= MAX_PREFIXES) {
            bump("untracked_prefixes");
            return;
        }
        PrefixRun run = new PrefixRun();
        run.lastMillis = millis;
        runs.put(Hash64.of(row.tenantId(), row.provider(), row.model(), row.prefixHash()), run);
    }

    private void missed(LogRow row, Optional<ModelPrice> price, PrefixRun run, boolean anthropic) {
        bump("missed_repeats");
        modelRows.add(row.model());
        keyRows.add(row.keyId());
        examples.offer(row.promptText());
        if (price.isEmpty()) {
            unpriced++;
            bump("unpriced_rows");
            return;
        }
        priced++;
        ModelPrice p = price.get();
        long tokens = Math.min(row.prefixTokens(), Math.max(0, row.inputTokens()));
        Money saving = Money.perMillionTokens(p.input().minus(p.cachedInput()), tokens);
        if (anthropic && !run.writeCharged) {
            Money write = p.cacheWrite() != null ? p.cacheWrite() : p.input();
            saving = saving.minus(Money.perMillionTokens(write.minus(p.input()), tokens));
            run.writeCharged = true;
        }
        savedByProvider.computeIfAbsent(row.provider(), k -> new PicoDollars.Sum()).add(PicoDollars.of(saving));
    }

    /** The providers' minimum cacheable prompt: 2,048 tokens for Anthropic's Haiku models, 1,024 otherwise. */
    static long minimumPrefix(LogRow row) {
        boolean haiku = ANTHROPIC.equals(row.provider()) && row.model() != null && row.model().contains("haiku");
        return haiku ? HAIKU_MIN_PREFIX_TOKENS : MIN_PREFIX_TOKENS;
    }

    private void bump(String count) {
        counts.merge(count, 1L, Long::sum);
    }

    @Override
    public Finding finding() {
        PicoDollars.Sum total = new PicoDollars.Sum();
        Map<String, Money> byProvider = new LinkedHashMap<>();
        savedByProvider.forEach((provider, sum) -> {
            byProvider.put(provider, sum.money());
            total.add(PicoDollars.of(sum.money()));
        });
        long missed = priced + unpriced;
        String title = Findings.plural(missed, "repeat", "repeats") + " of long prompt prefixes the provider's "
                + "prompt cache could have served at the cached price";
        Evidence evidence = new Evidence(rows, missed, counts, byProvider, modelRows.top(), keyRows.top(),
                examples.list());
        return Findings.of(FindingKind.MISSED_PROMPT_CACHING, title, total.money(), priced, unpriced, span,
                confidence(byProvider), evidence, "prompt_cache=on", "Turn on prompt caching: Apex sets OpenAI's "
                        + "prompt_cache_key and adds an Anthropic cache_control breakpoint where reuse pays for the write.");
    }

    /** Weighted by dollars: an Anthropic breakpoint makes repeats within 5 minutes hit; OpenAI's cache is best-effort. */
    private static Confidence confidence(Map<String, Money> byProvider) {
        double anthropic = byProvider.getOrDefault(ANTHROPIC, Money.ZERO).usd().doubleValue();
        double all = byProvider.values().stream().mapToDouble(m -> m.usd().doubleValue()).sum();
        double value = all <= 0 ? 0.8 : (0.9 * anthropic + 0.7 * (all - anthropic)) / all;
        return new Confidence(Math.round(value * 100) / 100.0, "measured prefix repeats within 5 minutes of the "
                + "last use, priced exactly; Anthropic repeats hit behind a breakpoint (0.9), OpenAI's automatic cache "
                + "is best-effort even within 5 minutes (0.7)");
    }
}
