package com.netra.apex.core.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HoldoutAnalysisTest {

    private static int sequence;

    private static UsageRecord record(Cost actual, Savings savings, boolean holdout, String outcome) {
        return new UsageRecord("req-" + sequence++, "acme", "key1", Instant.parse("2026-01-15T10:00:00Z"),
                "/v1/chat/completions", "openai", "gpt-4o", "gpt-4o", false, TokenUsage.NONE, actual, 200,
                outcome, 100, -1, "none", savings, holdout);
    }

    private static UsageRecord holdout(long micros) {
        Cost actual = Cost.of(Money.ofMicros(micros), "v1");
        return record(actual, Savings.none(actual), true, UsageRecord.COMPLETED);
    }

    /** An optimized request that cost {@code micros} and claims {@code baselineMicros} without Apex. */
    private static UsageRecord optimized(long micros, long baselineMicros) {
        Cost actual = Cost.of(Money.ofMicros(micros), "v1");
        Savings savings = new Savings(Cost.of(Money.ofMicros(baselineMicros), "v1"),
                Map.of(SavingsCause.ROUTING, Money.ofMicros(baselineMicros - micros)));
        return record(actual, savings, false, UsageRecord.COMPLETED);
    }

    private static long normal(Random random, double mean, double sd) {
        return Math.round(mean + sd * random.nextGaussian());
    }

    /** Holdout costs ~N(100, 10) micros, optimized ~N(70, 10): a true saving of 30%. */
    private static List<UsageRecord> thirtyPercentSaving(Random random, int holdouts, int optimizeds,
                                                         double claimedBaselineMean) {
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < holdouts; i++) {
            records.add(holdout(normal(random, 100, 10)));
        }
        for (int i = 0; i < optimizeds; i++) {
            long cost = normal(random, 70, 10);
            records.add(optimized(cost, cost + normal(random, claimedBaselineMean - 70, 2)));
        }
        return records;
    }

    @Test
    void measuresAKnownSavingAndFindsAnHonestClaimConsistent() {
        HoldoutAnalysis a = HoldoutAnalysis.of(thirtyPercentSaving(new Random(42), 1_000, 9_000, 100));

        assertThat(a.holdout().requests()).isEqualTo(1_000);
        assertThat(a.optimized().requests()).isEqualTo(9_000);
        assertThat(a.holdout().mean().usd().doubleValue()).isCloseTo(0.000100, within(0.000001));
        assertThat(a.optimized().mean().usd().doubleValue()).isCloseTo(0.000070, within(0.000001));
        assertThat(a.measuredRate().getAsDouble()).isCloseTo(0.30, within(0.01));
        HoldoutAnalysis.Interval ci = a.interval().orElseThrow();
        assertThat(ci.contains(0.30)).isTrue();
        assertThat(ci.contains(0.0)).isFalse();
        assertThat(ci.high() - ci.low()).isBetween(0.005, 0.03);
        assertThat(a.claimedRate().getAsDouble()).isCloseTo(0.30, within(0.005));
        assertThat(a.verdict()).isEqualTo(HoldoutAnalysis.CONSISTENT);
    }

    @Test
    void anInflatedClaimFallsOutsideTheMeasuredInterval() {
        // the records claim a 50% saving (baseline 140 micros) while the holdout shows 30%
        HoldoutAnalysis a = HoldoutAnalysis.of(thirtyPercentSaving(new Random(7), 1_000, 9_000, 140));

        assertThat(a.claimedRate().getAsDouble()).isCloseTo(0.50, within(0.005));
        assertThat(a.interval().orElseThrow().contains(0.30)).isTrue();
        assertThat(a.verdict()).isEqualTo(HoldoutAnalysis.CLAIM_OUTSIDE_INTERVAL);
    }

    @Test
    void theIntervalCoversTheTrueSavingAboutNinetyFivePercentOfTheTime() {
        Random random = new Random(2026);
        int covered = 0;
        int trials = 400;
        for (int t = 0; t < trials; t++) {
            HoldoutAnalysis a = HoldoutAnalysis.of(thirtyPercentSaving(random, 60, 60, 100));
            covered += a.interval().orElseThrow().contains(0.30) ? 1 : 0;
        }
        // a binomial(400, 0.95) lies in [362, 396] with probability > 0.999
        assertThat(covered).isBetween(362, 396);
    }

    @Test
    void fewerThanThirtyInEitherGroupIsInsufficientData() {
        HoldoutAnalysis a = HoldoutAnalysis.of(thirtyPercentSaving(new Random(1), 29, 5_000, 100));

        assertThat(a.holdout().requests()).isEqualTo(29);
        assertThat(a.measuredRate()).isPresent();
        assertThat(a.verdict()).isEqualTo(HoldoutAnalysis.INSUFFICIENT_DATA);
        assertThat(HoldoutAnalysis.of(thirtyPercentSaving(new Random(1), 5_000, 29, 100)).verdict())
                .isEqualTo(HoldoutAnalysis.INSUFFICIENT_DATA);
        assertThat(HoldoutAnalysis.of(thirtyPercentSaving(new Random(1), 30, 30, 100)).verdict())
                .isEqualTo(HoldoutAnalysis.CONSISTENT);
    }

    @Test
    void noRecordsHasNoRatesAndInsufficientData() {
        HoldoutAnalysis a = HoldoutAnalysis.of(List.of());
        assertThat(a.measuredRate()).isEmpty();
        assertThat(a.interval()).isEmpty();
        assertThat(a.claimedRate()).isEmpty();
        assertThat(a.verdict()).isEqualTo(HoldoutAnalysis.INSUFFICIENT_DATA);
    }

    @Test
    void onlyCompletedPricedRequestsAreCompared() {
        List<UsageRecord> records = new ArrayList<>(thirtyPercentSaving(new Random(3), 40, 40, 100));
        records.add(record(Cost.unpriced(), Savings.none(Cost.unpriced()), true, UsageRecord.COMPLETED));
        records.add(record(Cost.of(Money.ofMicros(5_000), "v1"), Savings.none(Cost.unpriced()), true,
                UsageRecord.UPSTREAM_ERROR));
        records.add(record(Cost.of(Money.ofMicros(5_000), "v1"), Savings.none(Cost.unpriced()), false,
                UsageRecord.CLIENT_DISCONNECTED));

        HoldoutAnalysis a = HoldoutAnalysis.of(records);

        assertThat(a.holdout().requests()).isEqualTo(40);
        assertThat(a.optimized().requests()).isEqualTo(40);
    }

    @Test
    void aFreeHoldoutGivesNoRate() {
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(holdout(0));
            records.add(optimized(0, 10));
        }
        HoldoutAnalysis a = HoldoutAnalysis.of(records);
        assertThat(a.measuredRate()).isEmpty();
        assertThat(a.verdict()).isEqualTo(HoldoutAnalysis.INSUFFICIENT_DATA);
    }
}
