package com.netra.apex.local.bench;

import com.netra.apex.core.metering.GroupCommitRecorder;
import com.netra.apex.core.metering.UsageRecorder;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Watches the group-commit recorder's counters and times how long it takes to store what is pending. */
public final class MeteringWatch {

    private static final Duration WAIT_LIMIT = Duration.ofMinutes(3);

    /** Records pending when a run ended, and how long storing them took (-1 when not watched). */
    public record Drain(long pending, long millis, boolean complete) {
        static final Drain NONE = new Drain(-1, -1, false);
    }

    private final GroupCommitRecorder recorder;
    private final PrintStream out;

    MeteringWatch(UsageRecorder recorder, PrintStream out) {
        this.recorder = recorder instanceof GroupCommitRecorder g ? g : null;
        this.out = out;
    }

    boolean watching() {
        return recorder != null;
    }

    /** Waits (bounded) until every accepted record is stored, so the next run starts without a backlog. */
    Drain drain(String after) {
        if (recorder == null) {
            out.println("[gateway] metering: recorder is not group-commit; not watched");
            return Drain.NONE;
        }
        long pending = recorder.acceptedCount() - recorder.storedCount();
        long started = System.nanoTime();
        long deadline = started + WAIT_LIMIT.toNanos();
        while (recorder.storedCount() < recorder.acceptedCount() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(5_000_000);
        }
        Drain d = new Drain(pending, (System.nanoTime() - started) / 1_000_000,
                recorder.storedCount() >= recorder.acceptedCount());
        out.printf("[gateway] metering: %d records pending after the %s, %s in %d ms (%d stored so far)%n",
                pending, after, d.complete() ? "all stored" : "NOT all stored", d.millis(), recorder.storedCount());
        return d;
    }

    long stored() {
        return recorder == null ? -1 : recorder.storedCount();
    }

    long accepted() {
        return recorder == null ? -1 : recorder.acceptedCount();
    }
}
