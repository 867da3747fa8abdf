package com.netra.apex.core.wedge.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.compression.CompressionLevel;
import com.netra.apex.core.compression.PromptCompressor;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.ModelPrice;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Tokens that lossless compression would have removed: messy whitespace, whitespace inside JSON, repeated
 * paragraphs. A log row has the prompt only as text, not the request JSON, so the text is compressed as
 * one user message; rules that need the message structure (tool-call arguments) see less than the
 * gateway would, so this undercounts rather than overcounts.
 *
 * <p>The saved tokens (o200k) are priced at the row's input prices: split over full-price, cached and
 * cache-write tokens in the proportions the row was billed, so bloat inside a cached prefix is priced
 * at the cached price; rounded half-even to the pico-dollar. Exact repeats of a prompt reuse the last
 * result instead of compressing again; new prompts are compressed in parallel batches, since counting
 * the tokens of a changed text is the slow part.
 */
public final class PromptBloatAnalyzer implements WasteAnalyzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final int REMEMBERED = 1 << 16;
    private static final int BATCH = 1024;

    private final RowPrices prices;
    private final PromptCompressor compressor = new PromptCompressor(1); // the window only matters for lossy
    private final LogSpan span = new LogSpan();
    private final Map<Long, Long> savedByPrompt = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final PicoDollars.Sum saved = new PicoDollars.Sum();
    private final Tally modelRows = new Tally();
    private final Tally keyRows = new Tally();
    private final ExamplePrompts examples = new ExamplePrompts();
    private final List<Pending> batch = new ArrayList<>(BATCH);
    private long rows;
    private long tokensSaved;
    private long priced;
    private long unpriced;

    public PromptBloatAnalyzer(RowPrices prices) {
        this.prices = prices;
    }

    private record Pending(LogRow row, long prompt) {
    }

    @Override
    public void accept(LogRow row) {
        span.accept(row);
        rows++;
        String text = row.promptText();
        if (text == null || text.isBlank()) {
            return;
        }
        long prompt = Hash64.of(row.promptHash() != null ? row.promptHash() : text);
        Long known = savedByPrompt.get(prompt);
        if (known != null) {
            count(row, known);
        } else {
            batch.add(new Pending(row, prompt));
            if (batch.size() >= BATCH) {
                compressBatch();
            }
        }
    }

    /** Compresses the batch's prompts in parallel (the compressor is thread-safe), then counts in order. */
    private void compressBatch() {
        long[] saved = new long[batch.size()];
        IntStream.range(0, saved.length).parallel().forEach(i -> saved[i] = tokensSaved(batch.get(i).row().promptText()));
        for (int i = 0; i < saved.length; i++) {
            savedByPrompt.put(batch.get(i).prompt(), saved[i]);
            count(batch.get(i).row(), saved[i]);
        }
        batch.clear();
    }

    private void count(LogRow row, long tokens) {
        if (tokens <= 0) {
            return;
        }
        String text = row.promptText();
        tokensSaved += tokens;
        modelRows.add(row.model());
        keyRows.add(row.keyId());
        examples.offer(Findings.plural(tokens, "token", "tokens") + " removable: ", text);
        Optional<ModelPrice> price = prices.price(row);
        if (price.isEmpty()) {
            unpriced++;
            return;
        }
        priced++;
        saved.add(PicoDollars.of(priceOf(tokens, row, price.get())));
    }

    private long tokensSaved(String text) {
        ObjectNode request = JSON.createObjectNode();
        request.putArray("messages").addObject().put("role", "user").put("content", text);
        return compressor.compressChat(request, CompressionLevel.LOSSLESS).tokensSaved();
    }

    /** Saved tokens split over the row's billed input kinds; all at the input price when the row has no counts. */
    static Money priceOf(long tokens, LogRow row, ModelPrice price) {
        long full = Math.max(0, row.inputTokens());
        long cached = Math.max(0, row.cachedInputTokens());
        long write = Math.max(0, row.cacheWriteTokens());
        long all = full + cached + write;
        if (all == 0 || cached + write == 0) {
            return Money.perMillionTokens(price.input(), tokens);
        }
        BigDecimal weighted = price.input().usd().multiply(BigDecimal.valueOf(full))
                .add(orInput(price.cachedInput(), price).usd().multiply(BigDecimal.valueOf(cached)))
                .add(orInput(price.cacheWrite(), price).usd().multiply(BigDecimal.valueOf(write)));
        return new Money(weighted.multiply(BigDecimal.valueOf(tokens))
                .divide(BigDecimal.valueOf(all).multiply(MILLION), 12, RoundingMode.HALF_EVEN));
    }

    private static Money orInput(Money price, ModelPrice prices) {
        return price != null ? price : prices.input();
    }

    @Override
    public Finding finding() {
        compressBatch();
        long bloated = priced + unpriced;
        String title = Findings.plural(tokensSaved, "prompt token", "prompt tokens") + " in "
                + Findings.plural(bloated, "call", "calls") + " that lossless compression removes";
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("tokens_saved", tokensSaved);
        counts.put("unpriced_rows", unpriced);
        Evidence evidence = new Evidence(rows, bloated, counts, Map.of(), modelRows.top(), keyRows.top(),
                examples.list());
        Confidence confidence = new Confidence(0.9, "exactly what compression=lossless removes from the prompt text, "
                + "counted with o200k; other providers' tokenizers count a little differently");
        return Findings.of(FindingKind.PROMPT_BLOAT, title, saved.money(), priced, unpriced, span, confidence, evidence,
                "compression=lossless", "Turn on lossless compression: it only removes what the model cannot read "
                        + "a difference in, and keeps prompt prefixes stable for provider caching.");
    }
}
