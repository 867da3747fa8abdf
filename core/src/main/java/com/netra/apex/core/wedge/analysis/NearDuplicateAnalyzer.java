package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.wedge.LogRow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Near-duplicate prompts: asked again in other words (or other spacing, case, punctuation) within the
 * same tenant, provider, model and stable prefix, so a semantic cache could have answered them.
 *
 * <p>Exact repeats (same prompt hash) are left to the exact-duplicate finding and skipped here. Each
 * distinct prompt's question part (see {@link StablePrefixes}) gets a 64-value MinHash signature over
 * 3-word shingles and a {@link com.netra.apex.core.cache.MeaningGuard} fingerprint; both are computed in
 * parallel batches. At the end, LSH banding finds candidate pairs ({@link BandedSearch}); a pair is
 * joined when its estimated Jaccard is at least the threshold and the guard finds no meaning flip
 * (a different number, negation, date or name). In each cluster the earliest prompt is the one a cache
 * would have stored; every later member that is itself near it, by the same two tests, is waste: its
 * whole cost. Memory is about 330 bytes per distinct prompt (measured on a million prompts that each carry
 * their own number, so none share a fingerprint); no prompt text is kept.
 */
public final class NearDuplicateAnalyzer implements WasteAnalyzer {

    public static final double DEFAULT_THRESHOLD = 0.8;
    private static final int BATCH = 4096;

    private final RowPrices prices;
    private final double threshold;
    private final LogSpan span = new LogSpan();
    private final LongSet prompts = new LongSet();
    private final PromptTable table = new PromptTable();
    private final StablePrefixes<Integer> prefixes = new StablePrefixes<>();
    private final MeaningChecks meanings = new MeaningChecks();
    private final ExamplePairs examples = new ExamplePairs();
    private final Labels models = new Labels();
    private final Labels keys = new Labels();
    private final List<Pending> batch = new ArrayList<>(BATCH);
    private final NearDuplicateCount.Skipped skipped = new NearDuplicateCount.Skipped();

    private record Pending(int row, String text, int prefixChars) {
    }

    private record Signed(short[] signature, String meaning) {
    }

    public NearDuplicateAnalyzer(RowPrices prices) {
        this(prices, DEFAULT_THRESHOLD);
    }

    /** @param threshold the Jaccard similarity (0..1) of 3-word shingles from which prompts are near-duplicates */
    public NearDuplicateAnalyzer(RowPrices prices, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be within (0, 1], got " + threshold);
        }
        this.prices = prices;
        this.threshold = threshold;
    }

    @Override
    public void accept(LogRow row) {
        span.accept(row);
        skipped.rows++;
        String text = row.promptText();
        if (text == null || text.isBlank()) {
            skipped.withoutPrompt++;
        } else if (!prompts.add(Hash64.of(row.tenantId(), row.promptHash() != null ? row.promptHash() : text))) {
            skipped.exactRepeats++;
        } else if (table.full()) {
            skipped.overCapacity++;
        } else {
            long scope = Hash64.of(row.tenantId(), row.provider(), row.model(), row.prefixHash());
            long millis = row.timestamp() == null ? 0 : row.timestamp().toEpochMilli();
            int id = table.add(millis, PicoDollars.of(prices.cost(row)), scope, models.id(row.model()),
                    keys.id(row.keyId()));
            long prefixTokens = row.prefixHash() == null ? 0 : row.prefixTokens();
            prefixes.offer(scope, text, prefixTokens, id, this::queue);
        }
    }

    @Override
    public Finding finding() {
        prefixes.finish(this::queue);
        signBatch();
        NearDuplicateCount count = new NearDuplicateCount(table, meanings, threshold);
        count.run(BandedSearch.cluster(table, count::near));
        return count.finding(span, skipped, examples.pairs(), models, keys);
    }

    private void queue(Integer row, String text, int prefixChars) {
        batch.add(new Pending(row, text, prefixChars));
        if (batch.size() >= BATCH) {
            signBatch();
        }
    }

    /** Signatures and fingerprints in parallel (they are pure); storing them stays on this thread. */
    private void signBatch() {
        Signed[] signed = new Signed[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(i -> signed[i] = sign(batch.get(i)));
        for (int i = 0; i < signed.length; i++) {
            Pending p = batch.get(i);
            if (signed[i] == null) {
                skipped.withoutWords++;
                continue;
            }
            table.sign(p.row(), signed[i].signature(), meanings.id(signed[i].meaning()));
            examples.offer(table, p.row(), p.text(), p.prefixChars());
        }
        batch.clear();
    }

    private Signed sign(Pending p) {
        short[] signature = MinHash.signature(p.text(), p.prefixChars());
        return signature == null ? null : new Signed(signature, meanings.encode(p.text().substring(p.prefixChars())));
    }
}
