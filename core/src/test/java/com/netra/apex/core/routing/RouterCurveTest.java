package com.netra.apex.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.netra.apex.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouterCurveTest {

    private static PricedExample example(boolean weak, boolean strong, String weakCost, String strongCost) {
        return new PricedExample(new RoutingExample("p", weak, strong, "t.csv", 1), Money.usd(weakCost), Money.usd(strongCost));
    }

    @Test
    void pointsAddUpExactCostsAndAccuracy() {
        List<PricedExample> examples = List.of(
                example(false, true, "0.001", "0.010"),
                example(true, true, "0.002", "0.020"),
                example(true, false, "0.001", "0.010"),
                example(false, false, "0.001", "0.010"));
        RouterCurve curve = new RouterCurve(examples, new double[] {0.9, 0.5, 0.2, 0.1});

        RouterCurve.Point p = curve.at(0.5);

        assertThat(p.cost()).isEqualTo(Money.usd("0.032"));  // 0.010 + 0.020 + 0.001 + 0.001
        assertThat(p.costVsStrong()).isEqualTo(0.64);           // of 0.050
        assertThat(p.strongShare()).isEqualTo(0.5);
        assertThat(p.accuracy()).isEqualTo(0.75);
        assertThat(p.qualityVsStrong()).isEqualTo(1.5);          // strong alone gets 2 of 4
        assertThat(curve.at(0.0).costVsStrong()).isEqualTo(1.0);
        assertThat(curve.at(0.95).cost()).isEqualTo(curve.weakCost());
    }

    @Test
    void raisingTheThresholdNeverRaisesShareOrCost() {
        Random random = new Random(7);
        List<PricedExample> examples = new ArrayList<>();
        double[] scores = new double[500];
        for (int i = 0; i < scores.length; i++) {
            int tokens = 10 + random.nextInt(500);
            examples.add(example(random.nextBoolean(), random.nextBoolean(),
                    Money.ofMicros(tokens).toPlainString(), Money.ofMicros(tokens * 16L).toPlainString()));
            scores[i] = random.nextDouble();
        }
        RouterCurve curve = new RouterCurve(examples, scores);
        RouterCurve.Point previous = curve.at(0);
        for (int step = 1; step <= 100; step++) {
            RouterCurve.Point p = curve.at(step / 100.0);
            assertThat(p.strongShare()).isLessThanOrEqualTo(previous.strongShare());
            assertThat(p.cost()).isLessThanOrEqualTo(previous.cost());
            previous = p;
        }
        assertThat(previous.strongShare()).isZero();
    }

    @Test
    void cheapestMeetingBeatsEveryOtherCutThatMeetsTheTarget() {
        Random random = new Random(11);
        List<PricedExample> examples = new ArrayList<>();
        double[] scores = new double[300];
        for (int i = 0; i < scores.length; i++) {
            boolean weak = random.nextDouble() < 0.6;
            examples.add(example(weak, weak || random.nextDouble() < 0.5, "0.001", "0.0" + (10 + random.nextInt(80))));
            scores[i] = Math.round(random.nextDouble() * 50) / 50.0; // ties, as real scores have
        }
        RouterCurve curve = new RouterCurve(examples, scores);

        RouterCurve.Point best = curve.cheapestMeeting(0.95);

        assertThat(best.qualityVsStrong()).isGreaterThanOrEqualTo(0.95);
        for (double s : scores) {
            RouterCurve.Point other = curve.at(s);
            if (other.qualityVsStrong() >= 0.95) {
                assertThat(best.cost()).isLessThanOrEqualTo(other.cost());
            }
        }
    }

    @Test
    void randomRoutingIsTheShareWeightedMix() {
        List<PricedExample> examples = List.of(example(false, true, "0.001", "0.010"), example(true, true, "0.001", "0.030"));
        RouterCurve curve = new RouterCurve(examples, new double[] {0.1, 0.2});

        RouterCurve.Point half = curve.random(0.5);

        assertThat(half.cost()).isEqualTo(Money.usd("0.021")); // 0.002 + 0.5 x (0.040 - 0.002)
        assertThat(half.accuracy()).isCloseTo(0.75, within(1e-12));
        assertThat(curve.random(1).qualityVsStrong()).isCloseTo(1.0, within(1e-12));
    }
}
