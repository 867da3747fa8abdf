package com.netra.apex.local.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives one target with the same pre-serialized request over persistent connections, one platform thread
 * per connection. Closed loop measures throughput; open loop measures latency at a fixed rate from each
 * request's intended start, so a stall delays the requests behind it and shows up (no coordinated omission).
 */
public final class LoadGenerator {

    /** Spin instead of park for the last stretch: park wakes ~50-60 µs late, which would blur µs figures. */
    private static final long SPIN_NANOS = 100_000;
    private static final long LATE_SEND_NANOS = 1_000_000;

    private final InetSocketAddress target;
    private final byte[] request;

    public LoadGenerator(InetSocketAddress target, byte[] request) {
        this.target = target;
        this.request = request.clone();
    }

    /** Closed-loop result: successful responses and errors completed inside the measured window. */
    public record Throughput(long requests, long errors, double seconds, String firstError) {
        public double requestsPerSecond() {
            return requests / seconds;
        }
    }

    /**
     * Open-loop result at a fixed rate; the histogram holds every measured request's latency. {@code lateSends}
     * counts requests sent over 1 ms after their slot because the connection's previous response was still out:
     * many of them mean the target could not keep up with the rate.
     */
    public record Latency(int rate, LatencyHistogram histogram, long errors, long lateSends, String firstError) {
        public double lateSendPercent() {
            long sent = histogram.count() + errors;
            return sent == 0 ? 0 : 100.0 * lateSends / sent;
        }
    }

    /** Sends once and returns "status body", to check the target answers as expected before measuring. */
    public String probe() throws IOException {
        try (HttpConnection c = new HttpConnection(target)) {
            return c.exchangeForBody(request);
        }
    }

    public Throughput throughput(int connections, Duration warmup, Duration duration) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<ClosedLoop> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(new ClosedLoop(measureFrom, end, firstError));
        }
        runAll(workers, "bench-closed-");
        long ok = workers.stream().mapToLong(w -> w.ok).sum();
        long errors = workers.stream().mapToLong(w -> w.errors).sum();
        return new Throughput(ok, errors, duration.toNanos() / 1e9, firstError.get());
    }

    public Latency fixedRate(int rate, int connections, Duration warmup, Duration duration) throws InterruptedException {
        // Start a little ahead so every thread is parked before its first intended send.
        long start = System.nanoTime() + 20_000_000;
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        double nanosPerRequest = 1e9 / rate;
        AtomicReference<String> firstError = new AtomicReference<>();
        List<OpenLoop> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(new OpenLoop(i, connections, start, nanosPerRequest, measureFrom, end, firstError));
        }
        runAll(workers, "bench-rate-");
        LatencyHistogram all = new LatencyHistogram();
        workers.forEach(w -> all.merge(w.histogram));
        long errors = workers.stream().mapToLong(w -> w.errors).sum();
        long late = workers.stream().mapToLong(w -> w.lateSends).sum();
        return new Latency(rate, all, errors, late, firstError.get());
    }

    private static void runAll(List<? extends Runnable> workers, String name) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            Thread t = new Thread(workers.get(i), name + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** One exchange; an I/O failure counts as an error and pauses briefly so a dead target is not hammered. */
    private static boolean exchange(HttpConnection c, byte[] request, AtomicReference<String> firstError) {
        try {
            int status = c.exchange(request);
            if (status / 100 == 2) {
                return true;
            }
            firstError.compareAndSet(null, "HTTP " + status);
        } catch (IOException e) {
            firstError.compareAndSet(null, e.toString());
            LockSupport.parkNanos(1_000_000);
        }
        return false;
    }

    private static void waitUntil(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > SPIN_NANOS) {
            LockSupport.parkNanos(left - SPIN_NANOS);
        }
        while (System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private final class ClosedLoop implements Runnable {
        private final long measureFrom;
        private final long end;
        private final AtomicReference<String> firstError;
        long ok;
        long errors;

        ClosedLoop(long measureFrom, long end, AtomicReference<String> firstError) {
            this.measureFrom = measureFrom;
            this.end = end;
            this.firstError = firstError;
        }

        @Override
        public void run() {
            try (HttpConnection c = new HttpConnection(target)) {
                while (System.nanoTime() < end) {
                    boolean success = exchange(c, request, firstError);
                    long done = System.nanoTime();
                    if (done >= measureFrom && done < end) {
                        if (success) {
                            ok++;
                        } else {
                            errors++;
                        }
                    }
                }
            }
        }
    }

    private final class OpenLoop implements Runnable {
        private final int index;
        private final int connections;
        private final long start;
        private final double nanosPerRequest;
        private final long measureFrom;
        private final long end;
        private final AtomicReference<String> firstError;
        final LatencyHistogram histogram = new LatencyHistogram();
        long errors;
        long lateSends;

        OpenLoop(int index, int connections, long start, double nanosPerRequest, long measureFrom, long end,
                 AtomicReference<String> firstError) {
            this.index = index;
            this.connections = connections;
            this.start = start;
            this.nanosPerRequest = nanosPerRequest;
            this.measureFrom = measureFrom;
            this.end = end;
            this.firstError = firstError;
        }

        @Override
        public void run() {
            try (HttpConnection c = new HttpConnection(target)) {
                for (long k = 0; ; k++) {
                    // Connections take turns: request n of the whole schedule goes to connection n % connections.
                    long intended = start + (long) ((k * connections + index) * nanosPerRequest);
                    if (intended >= end) {
                        return;
                    }
                    waitUntil(intended);
                    boolean late = System.nanoTime() - intended > LATE_SEND_NANOS;
                    boolean success = exchange(c, request, firstError);
                    if (intended >= measureFrom) {
                        record(success, System.nanoTime() - intended);
                        lateSends += late ? 1 : 0;
                    }
                }
            }
        }

        private void record(boolean success, long latencyNanos) {
            if (success) {
                histogram.record(latencyNanos);
            } else {
                errors++;
            }
        }
    }
}
