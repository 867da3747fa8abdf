package com.netra.apex.core.wedge.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Remembers a few candidate near-duplicate pairs with their texts, for a finding's examples, without
 * keeping texts per prompt: a small direct-mapped table holds the latest prompt head per bucket of the
 * first four LSH bands, and a later prompt landing on an occupied bucket makes a candidate pair. The
 * finding shows only pairs the search went on to count (or refused, to show why).
 */
final class ExamplePairs {

    private static final int SLOTS = 1 << 12;
    private static final int BANDS_USED = 4;
    private static final int KEPT = 64;
    /** Enough of each prompt (whitespace folded) to show where a pair differs. */
    private static final int EXCERPT = 2000;

    /** Two prompts that shared a bucket, with up to 2,000 characters of each. */
    record Pair(int earlier, int later, String earlierText, String laterText) {

        /** "“…a” ≈ “…b”", cut where the two differ. */
        String shown(String between) {
            String[] cut = ExamplePrompts.whereTheyDiffer(earlierText, laterText);
            return "“" + cut[0] + "”" + between + "“" + cut[1] + "”";
        }
    }

    private final long[] slotBuckets = new long[SLOTS];
    private final int[] slotRows = new int[SLOTS];
    private final String[] slotHeads = new String[SLOTS];
    private final List<Pair> pairs = new ArrayList<>();

    ExamplePairs() {
        Arrays.fill(slotRows, -1);
    }

    /** Offers a just-signed prompt whose question part starts at {@code from}. */
    void offer(PromptTable table, int row, String text, int from) {
        if (pairs.size() >= KEPT) {
            return;
        }
        String head = null;
        for (int band = 0; band < BANDS_USED; band++) {
            long bucket = BandedSearch.bucket(table, row, band);
            int slot = (int) (bucket & (SLOTS - 1));
            head = head != null ? head : ExamplePrompts.fold(text, from, EXCERPT);
            if (slotRows[slot] >= 0 && slotBuckets[slot] == bucket) {
                pairs.add(new Pair(slotRows[slot], row, slotHeads[slot], head));
                return; // one pair per prompt is plenty for examples
            }
            slotBuckets[slot] = bucket;
            slotRows[slot] = row;
            slotHeads[slot] = head;
        }
    }

    List<Pair> pairs() {
        return List.copyOf(pairs);
    }
}
