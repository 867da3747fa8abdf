package com.netra.apex.core.resilience;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A per-provider circuit breaker: after {@code failureThreshold} consecutive failures it opens and
 * fails fast for {@code openFor}; then one trial call is let through (half-open) to probe recovery.
 */
public final class CircuitBreaker {

    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier nanoClock;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicLong openedAtNanos = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong trialStartedNanos = new AtomicLong(Long.MIN_VALUE);

    public CircuitBreaker(int failureThreshold, Duration openFor, LongSupplier nanoClock) {
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
        this.nanoClock = nanoClock;
    }

    public CircuitBreaker(int failureThreshold, Duration openFor) {
        this(failureThreshold, openFor, System::nanoTime);
    }

    /** True when a call may go ahead; false while open (the caller should fail fast or fall back). */
    public boolean tryAcquire() {
        long opened = openedAtNanos.get();
        if (opened == Long.MIN_VALUE) {
            return true;
        }
        long now = nanoClock.getAsLong();
        if (now - opened < openForNanos) {
            return false;
        }
        // Half-open: let one trial through per open period.
        long trial = trialStartedNanos.get();
        return (trial == Long.MIN_VALUE || now - trial >= openForNanos) && trialStartedNanos.compareAndSet(trial, now);
    }

    public void onSuccess() {
        consecutiveFailures.set(0);
        openedAtNanos.set(Long.MIN_VALUE);
        trialStartedNanos.set(Long.MIN_VALUE);
    }

    public void onFailure() {
        if (consecutiveFailures.incrementAndGet() >= failureThreshold) {
            openedAtNanos.set(nanoClock.getAsLong());
        }
    }

    public boolean isOpen() {
        long opened = openedAtNanos.get();
        return opened != Long.MIN_VALUE && nanoClock.getAsLong() - opened < openForNanos;
    }
}
