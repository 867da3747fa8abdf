package com.netra.apex.core.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HoldoutSamplerTest {

    private static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    @Test
    void aTenthOfRandomRequestsAreHeldOut() {
        Random random = new Random(11);
        int held = 0;
        for (int i = 0; i < 100_000; i++) {
            held += HoldoutSampler.inHoldout(uuid(random), 0.1) ? 1 : 0;
        }
        // expected 10,000 with standard deviation ~95: ±500 is over five deviations
        assertThat(held).isBetween(9_500, 10_500);
    }

    @Test
    void theDrawIsReproducibleFromTheRequestId() {
        Random random = new Random(12);
        for (int i = 0; i < 1_000; i++) {
            String id = uuid(random);
            assertThat(HoldoutSampler.inHoldout(id, 0.3)).isEqualTo(HoldoutSampler.inHoldout(id, 0.3));
            assertThat(HoldoutSampler.draw(id)).isEqualTo(HoldoutSampler.draw(id));
        }
        // pinned: a change to the hash would silently reshuffle past holdouts and break audits
        assertThat(HoldoutSampler.draw("0b7e3c52-1f0a-4d7e-9a51-3f6c2d8e4b10")).isEqualTo(0.6752644995913926);
        assertThat(HoldoutSampler.inHoldout("0b7e3c52-1f0a-4d7e-9a51-3f6c2d8e4b10", 0.67)).isFalse();
        assertThat(HoldoutSampler.inHoldout("0b7e3c52-1f0a-4d7e-9a51-3f6c2d8e4b10", 0.68)).isTrue();
    }

    @Test
    void aLargerFractionHoldsOutEveryRequestASmallerOneDid() {
        Random random = new Random(13);
        for (int i = 0; i < 1_000; i++) {
            String id = uuid(random);
            if (HoldoutSampler.inHoldout(id, 0.05)) {
                assertThat(HoldoutSampler.inHoldout(id, 0.2)).isTrue();
            }
        }
    }

    @Test
    void fractionZeroIsNeverAndOneIsAlways() {
        Random random = new Random(14);
        for (int i = 0; i < 10_000; i++) {
            String id = uuid(random);
            assertThat(HoldoutSampler.inHoldout(id, 0)).isFalse();
            assertThat(HoldoutSampler.inHoldout(id, 1)).isTrue();
        }
    }

    @Test
    void fractionsOutsideZeroToOneAreRejected() {
        for (double bad : new double[] {-0.01, 1.0001, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> HoldoutSampler.inHoldout("r", bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> HoldoutSampler.inHoldout(null, 0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
