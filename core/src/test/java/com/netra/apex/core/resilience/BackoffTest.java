package com.netra.apex.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackoffTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(4));
    private static final int SAMPLES = 2_000;

    private static long ceilingMillis(int attempt) {
        return Math.min(4_000, 100L * (1L << (attempt - 1)));
    }

    @Test
    void defaultsAre100msBaseAnd4sCap() {
        assertThat(Backoff.defaults()).isEqualTo(BACKOFF);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 10, 30, 1000, Integer.MAX_VALUE})
    void delayIsWithinZeroAndTheExponentialCeiling(int attempt) {
        long ceiling = attempt > 20 ? 4_000 : ceilingMillis(attempt);
        long max = 0;
        for (int i = 0; i < SAMPLES; i++) {
            Duration d = BACKOFF.delay(attempt, null);
            assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(ceiling));
            max = Math.max(max, d.toMillis());
        }
        // Full jitter spreads over the whole range: with 2,000 uniform samples the largest is
        // below half the ceiling with probability 2^-2000.
        assertThat(max).isGreaterThan(ceiling / 2);
    }

    @Test
    void theCeilingGrowsThenStopsAtTheCap() {
        assertThat(ceilingMillis(1)).isEqualTo(100);
        assertThat(ceilingMillis(2)).isEqualTo(200);
        assertThat(ceilingMillis(6)).isEqualTo(3_200);
        assertThat(ceilingMillis(7)).isEqualTo(4_000);
        long maxOfAttempt1 = 0;
        long maxOfAttempt5 = 0;
        for (int i = 0; i < SAMPLES; i++) {
            maxOfAttempt1 = Math.max(maxOfAttempt1, BACKOFF.delay(1, null).toMillis());
            maxOfAttempt5 = Math.max(maxOfAttempt5, BACKOFF.delay(5, null).toMillis());
        }
        assertThat(maxOfAttempt1).isLessThanOrEqualTo(100);
        assertThat(maxOfAttempt5).isGreaterThan(800); // ceiling 1,600
    }

    @Test
    void retryAfterIsHonoured() {
        assertThat(BACKOFF.delay(1, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
        assertThat(BACKOFF.delay(5, Duration.ofMillis(250))).isEqualTo(Duration.ofMillis(250));
        assertThat(BACKOFF.delay(1, Duration.ZERO)).isEqualTo(Duration.ZERO);
        assertThat(BACKOFF.delay(1, Duration.ofSeconds(4))).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void retryAfterIsCapped() {
        assertThat(BACKOFF.delay(1, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(4));
        assertThat(BACKOFF.delay(1, Duration.ofMillis(4_001))).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aNegativeRetryAfterIsIgnored() {
        for (int i = 0; i < 200; i++) {
            assertThat(BACKOFF.delay(1, Duration.ofSeconds(-3))).isBetween(Duration.ZERO, Duration.ofMillis(100));
        }
    }

    @Test
    void aCapBelowTheBaseBoundsEveryDelay() {
        Backoff tight = new Backoff(Duration.ofSeconds(1), Duration.ofMillis(50));
        for (int i = 0; i < 200; i++) {
            assertThat(tight.delay(1, null)).isBetween(Duration.ZERO, Duration.ofMillis(50));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504, 529, 599})
    void rateLimitsTimeoutsConflictsAndServerErrorsAreRetryable(int status) {
        assertThat(Backoff.retryable(status)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 301, 400, 401, 403, 404, 413, 422, 499})
    void clientErrorsAndSuccessesAreNot(int status) {
        assertThat(Backoff.retryable(status)).isFalse();
    }
}
