package com.netra.apex.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final Duration OPEN_FOR = Duration.ofSeconds(30);

    /** A fake nano clock starting at an arbitrary (negative) value, as System.nanoTime may. */
    private final AtomicLong now = new AtomicLong(-5_000_000_000L);
    private final CircuitBreaker breaker = new CircuitBreaker(3, OPEN_FOR, now::get);

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            breaker.onFailure();
        }
    }

    @Test
    void startsClosed() {
        assertThat(breaker.isOpen()).isFalse();
        for (int i = 0; i < 10; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
        }
    }

    @Test
    void staysClosedBelowTheThreshold() {
        fail(2);
        assertThat(breaker.isOpen()).isFalse();
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void opensAfterThresholdConsecutiveFailuresAndFailsFast() {
        fail(3);
        assertThat(breaker.isOpen()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void aSuccessResetsTheConsecutiveCount() {
        fail(2);
        breaker.onSuccess();
        fail(2);
        assertThat(breaker.isOpen()).isFalse();
        assertThat(breaker.tryAcquire()).isTrue();
        fail(1);
        assertThat(breaker.isOpen()).isTrue();
    }

    @Test
    void staysOpenUntilOpenForHasPassed() {
        fail(3);
        advance(OPEN_FOR.minusNanos(1));
        assertThat(breaker.isOpen()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void letsExactlyOneTrialThroughAfterOpenFor() {
        fail(3);
        advance(OPEN_FOR);
        assertThat(breaker.isOpen()).isFalse();
        assertThat(breaker.tryAcquire()).as("the trial").isTrue();
        assertThat(breaker.tryAcquire()).as("a second caller during the trial").isFalse();
        advance(Duration.ofSeconds(1));
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void aSuccessfulTrialClosesTheBreaker() {
        fail(3);
        advance(OPEN_FOR);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.onSuccess();
        assertThat(breaker.isOpen()).isFalse();
        for (int i = 0; i < 5; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
        }
        // And the failure count starts over.
        fail(2);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aFailedTrialReopensTheBreakerForAnotherPeriod() {
        fail(3);
        advance(OPEN_FOR);
        assertThat(breaker.tryAcquire()).isTrue();
        advance(Duration.ofSeconds(2));
        breaker.onFailure();

        assertThat(breaker.isOpen()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
        advance(OPEN_FOR.minusNanos(1));
        assertThat(breaker.tryAcquire()).isFalse();
        advance(Duration.ofNanos(1));
        assertThat(breaker.tryAcquire()).as("the next trial").isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
        breaker.onSuccess();
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aTrialThatNeverReportsIsReplacedAfterAnotherPeriod() {
        fail(3);
        advance(OPEN_FOR);
        assertThat(breaker.tryAcquire()).isTrue(); // the trial hangs and never reports
        advance(OPEN_FOR.minusNanos(1));
        assertThat(breaker.tryAcquire()).isFalse();
        advance(Duration.ofNanos(1));
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void thresholdOfOneOpensOnTheFirstFailure() {
        CircuitBreaker one = new CircuitBreaker(1, OPEN_FOR, now::get);
        one.onFailure();
        assertThat(one.isOpen()).isTrue();
        assertThat(one.tryAcquire()).isFalse();
    }

    @Test
    void onlyOneOfManyConcurrentCallersGetsTheTrial() throws Exception {
        fail(3);
        advance(OPEN_FOR);
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return breaker.tryAcquire();
                }));
            }
            start.countDown();
            int acquired = 0;
            for (Future<Boolean> f : results) {
                acquired += f.get() ? 1 : 0;
            }
            assertThat(acquired).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theSystemClockConstructorWorks() {
        CircuitBreaker real = new CircuitBreaker(2, Duration.ofHours(1));
        assertThat(real.tryAcquire()).isTrue();
        real.onFailure();
        real.onFailure();
        assertThat(real.isOpen()).isTrue();
        assertThat(real.tryAcquire()).isFalse();
    }
}
