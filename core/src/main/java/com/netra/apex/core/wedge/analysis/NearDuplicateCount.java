package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges near-duplicate candidates and counts the waste once the clusters are known: per cluster the
 * earliest prompt is the one a cache would have stored, and each later member that is near it (same
 * scope, enough signature agreement, no meaning flip) is waste. A member near only another member is not
 * counted, so similarity drifting along a chain never inflates the figure.
 */
final class NearDuplicateCount {

    /** The semantic cache's default answer lifetime (cache.ttl_seconds); the share within it is reported. */
    static final Duration CACHE_TTL = Duration.ofHours(1);

    /** Rows the search never compared, and why. */
    static final class Skipped {
        long rows;
        long withoutPrompt;
        long exactRepeats;
        long withoutWords;
        long overCapacity;
    }

    private final PromptTable table;
    private final MeaningChecks meanings;
    private final double threshold;
    private final int agreementsNeeded;
    private final BitSet refused = new BitSet();
    private final BitSet counted = new BitSet();
    private final PicoDollars.Sum waste = new PicoDollars.Sum();
    private final PicoDollars.Sum withinTtl = new PicoDollars.Sum();
    private final Tally modelRows = new Tally();
    private final Tally keyRows = new Tally();
    private Clusters clusters;
    private long priced;
    private long unpriced;
    private long clustersCounted;

    /** @param threshold the Jaccard estimate a pair needs: that share of the signature's values agreeing */
    NearDuplicateCount(PromptTable table, MeaningChecks meanings, double threshold) {
        this.table = table;
        this.meanings = meanings;
        this.threshold = threshold;
        this.agreementsNeeded = (int) Math.ceil(threshold * MinHash.HASHES);
    }

    /** The test for a pair: same scope, signatures agreeing enough, and an answer to the earlier would do for the later. */
    boolean near(int earlier, int later) {
        if (table.scope(earlier) != table.scope(later) || table.agreements(earlier, later) < agreementsNeeded) {
            return false;
        }
        if (meanings.compatible(table.meaning(earlier), table.meaning(later))) {
            return true;
        }
        refused.set(later);
        return false;
    }

    void run(Clusters found) {
        clusters = found;
        int[] first = earliestPerCluster();
        long[] cachedAt = new long[table.size()];
        Arrays.fill(cachedAt, Long.MIN_VALUE);
        BitSet clustersWithWaste = new BitSet();
        for (int row = 0; row < table.size(); row++) {
            int root = table.signed(row) ? clusters.root(row) : -1;
            if (root < 0 || first[root] == row || !near(first[root], row)) {
                continue;
            }
            counted.set(row);
            clustersWithWaste.set(root);
            count(row, cachedAt, root, first[root]);
        }
        clustersCounted = clustersWithWaste.cardinality();
    }

    /** The earliest member of each cluster by timestamp, indexed by the cluster's root; ties go to the first row. */
    private int[] earliestPerCluster() {
        int[] first = new int[table.size()];
        Arrays.fill(first, -1);
        for (int row = 0; row < table.size(); row++) {
            if (table.signed(row)) {
                int root = clusters.root(row);
                if (first[root] < 0 || table.millis(row) < table.millis(first[root])) {
                    first[root] = row;
                }
            }
        }
        return first;
    }

    /**
     * Adds one wasted row. The TTL share replays a cache with the default lifetime: a member within the TTL
     * of the answer last stored for its cluster is a hit, a later one is a miss that stores a fresh answer.
     * Members are replayed in arrival order, which is time order for time-ordered logs.
     */
    private void count(int row, long[] cachedAt, int root, int firstRow) {
        long cost = table.cost(row);
        if (cachedAt[root] == Long.MIN_VALUE) {
            cachedAt[root] = table.millis(firstRow);
        }
        boolean hit = table.millis(row) - cachedAt[root] <= CACHE_TTL.toMillis();
        if (!hit) {
            cachedAt[root] = table.millis(row);
        }
        if (cost == PicoDollars.UNPRICED) {
            unpriced++;
        } else {
            priced++;
            waste.add(cost);
            if (hit) {
                withinTtl.add(cost);
            }
        }
    }

    Finding finding(LogSpan span, Skipped skipped, List<ExamplePairs.Pair> pairs, Labels models, Labels keys) {
        counted.stream().forEach(row -> {
            modelRows.add(models.name(table.model(row)));
            keyRows.add(keys.name(table.key(row)));
        });
        BitSet refusedOnly = (BitSet) refused.clone();
        refusedOnly.andNot(counted);
        long rows = priced + unpriced;
        String title = Findings.plural(rows, "near-duplicate prompt", "near-duplicate prompts") + " in "
                + Findings.plural(clustersCounted, "cluster", "clusters") + " a semantic cache could have answered";
        Evidence evidence = new Evidence(skipped.rows, rows, counts(skipped, refusedOnly.cardinality()),
                Map.of("within_semantic_cache_ttl_" + CACHE_TTL.toSeconds() + "s", withinTtl.money()),
                modelRows.top(), keyRows.top(), examples(pairs));
        return Findings.of(FindingKind.NEAR_DUPLICATES, title, waste.money(), priced, unpriced, span, confidence(),
                evidence, "cache.semantic=on", advice());
    }

    private Map<String, Long> counts(Skipped skipped, long refusedRows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("distinct_prompts", (long) table.size());
        counts.put("clusters", clustersCounted);
        counts.put("refused_by_meaning_guard", refusedRows);
        counts.put("unpriced_rows", unpriced);
        counts.put("exact_repeats_skipped", skipped.exactRepeats);
        counts.put("rows_without_prompt", skipped.withoutPrompt + skipped.withoutWords);
        counts.put("rows_over_capacity", skipped.overCapacity);
        return counts;
    }

    /** Up to three counted pairs, then one the meaning guard refused, with its reason. */
    private List<String> examples(List<ExamplePairs.Pair> pairs) {
        List<String> shown = new ArrayList<>();
        for (ExamplePairs.Pair p : pairs) {
            if (shown.size() < 3 && clusters.together(p.earlier(), p.later())
                    && (counted.get(p.later()) || counted.get(p.earlier()))) {
                shown.add(p.shown(" ≈ "));
            }
        }
        for (ExamplePairs.Pair p : pairs) {
            String reason = table.agreements(p.earlier(), p.later()) >= agreementsNeeded
                    ? meanings.difference(table.meaning(p.earlier()), table.meaning(p.later())) : null;
            if (reason != null) {
                shown.add("not counted (" + reason + "): " + p.shown(" vs "));
                break;
            }
        }
        return shown;
    }

    private Confidence confidence() {
        return new Confidence(0.75, "word-level near-duplicates (MinHash Jaccard >= " + threshold + ", ±0.05) with no "
                + "meaning flip per MeaningGuard; the semantic cache matches by embedding and within its TTL, so it may serve fewer");
    }

    private String advice() {
        Money all = waste.money();
        long share = all.isZero() ? 0 : withinTtl.money().usd().multiply(java.math.BigDecimal.valueOf(100))
                .divide(all.usd(), 0, java.math.RoundingMode.HALF_EVEN).longValue();
        return "Turn on the semantic cache; " + share + "% of this repeats within its default "
                + CACHE_TTL.toMinutes() + "-minute answer lifetime, raise cache.ttl_seconds to catch more.";
    }
}
