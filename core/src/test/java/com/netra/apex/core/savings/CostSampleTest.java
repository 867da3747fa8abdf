package com.netra.apex.core.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.netra.apex.core.money.Money;
import org.junit.jupiter.api.Test;

class CostSampleTest {

    @Test
    void meanAndSampleVarianceOfKnownCosts() {
        CostSample s = CostSample.EMPTY;
        for (long micros : new long[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            s = s.plus(Money.ofMicros(micros));
        }
        assertThat(s.requests()).isEqualTo(8);
        assertThat(s.total()).isEqualTo(Money.ofMicros(40));
        assertThat(s.mean()).isEqualTo(Money.ofMicros(5));
        // Σ(x − 5)² = 32 micro-dollars², over n − 1 = 7
        assertThat(s.variance()).isCloseTo(32.0 / 7 * 1e-12, within(1e-20));
    }

    @Test
    void identicalCostsHaveZeroVarianceNotANegativeOne() {
        CostSample s = CostSample.EMPTY;
        for (int i = 0; i < 10_000; i++) {
            s = s.plus(Money.usd("0.0000001"));
        }
        assertThat(s.variance()).isZero();
        assertThat(s.mean()).isEqualTo(Money.usd("0.0000001"));
    }

    @Test
    void tooFewCostsHaveNoVariance() {
        assertThat(CostSample.EMPTY.mean()).isEqualTo(Money.ZERO);
        assertThat(CostSample.EMPTY.plus(Money.ofMicros(3)).variance()).isNaN();
    }
}
