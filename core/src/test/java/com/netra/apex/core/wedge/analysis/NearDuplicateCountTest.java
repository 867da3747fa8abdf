package com.netra.apex.core.wedge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search and the count on hand-made signatures, so agreements are exact rather than estimated. */
class NearDuplicateCountTest {

    private static final long ONE_CENT = 10_000_000_000L; // picos
    private final PromptTable table = new PromptTable();
    private final MeaningChecks meanings = new MeaningChecks();
    private final Labels models = new Labels();
    private final Labels keys = new Labels();

    /** A signature equal to {@code base} except at positions [from, to), which get values no other row has. */
    private static short[] changed(short[] base, int from, int to, int salt) {
        short[] s = base.clone();
        for (int k = from; k < to; k++) {
            s[k] = (short) (1000 * salt + k);
        }
        return s;
    }

    private int add(long second, short[] signature, String prompt) {
        int row = table.add(second * 1000, ONE_CENT, 7L, models.id("gpt-4o"), keys.id("key-1"));
        table.sign(row, signature, meanings.id(meanings.encode(prompt)));
        return row;
    }

    private NearDuplicateCount count() {
        NearDuplicateCount count = new NearDuplicateCount(table, meanings, 0.8);
        count.run(BandedSearch.cluster(table, count::near));
        return count;
    }

    private Finding finding(NearDuplicateCount count) {
        NearDuplicateCount.Skipped skipped = new NearDuplicateCount.Skipped();
        skipped.rows = table.size();
        return count.finding(LogSpan.of(TestRows.START, TestRows.START), skipped, List.of(), models, keys);
    }

    private static short[] first() {
        short[] s = new short[MinHash.HASHES];
        for (int k = 0; k < s.length; k++) {
            s[k] = (short) k;
        }
        return s;
    }

    @Test
    void aMemberNearOnlyAnotherMemberIsNotCounted() {
        short[] a = first();
        short[] b = changed(a, 0, 8, 1);   // 56 of 64 agree with a: 0.875
        short[] c = changed(b, 8, 16, 2);  // 56 agree with b, 48 with a: 0.75
        add(0, a, "reply to the customer");
        add(1, b, "reply to the customer");
        add(2, c, "reply to the customer");

        Finding f = finding(count());

        assertThat(f.evidence().rowsAffected()).isEqualTo(1);
        assertThat(f.evidence().counts()).containsEntry("clusters", 1L);
        assertThat(f.dollars()).contains(Money.usd("0.01"));
        assertThat(f.evidence().models()).containsExactly(java.util.Map.entry("gpt-4o", 1L));
    }

    @Test
    void fiftyTwoAgreementsAreEnoughAndFiftyOneAreNot() {
        short[] a = first();
        add(0, a, "x");
        add(1, changed(a, 0, 12, 1), "x"); // 52 of 64: 0.8125
        add(2, changed(a, 20, 33, 2), "x"); // 51 of 64: 0.797

        assertThat(finding(count()).evidence().rowsAffected()).isEqualTo(1);
    }

    @Test
    void aMeaningFlipIsRefusedEvenWithIdenticalSignatures() {
        short[] a = first();
        add(0, a, "convert 5 km to miles");
        add(1, a.clone(), "convert 7 km to miles");

        Finding f = finding(count());

        assertThat(f.evidence().rowsAffected()).isZero();
        assertThat(f.evidence().counts()).containsEntry("refused_by_meaning_guard", 1L);
    }

    @Test
    void aCrowdedBucketCostsLinearWorkAndStillFormsOneCluster() {
        short[] a = first();
        for (int i = 0; i < 5000; i++) {
            add(i, a.clone(), "same meaning");
        }
        Finding f = finding(count());

        assertThat(f.evidence().rowsAffected()).isEqualTo(4999);
        assertThat(f.evidence().counts()).containsEntry("clusters", 1L);
    }
}
