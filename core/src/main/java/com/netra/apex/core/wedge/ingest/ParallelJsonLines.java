package com.netra.apex.core.wedge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JSON Lines read on several cores. The reading thread cuts lines into {@link LineChunk}s, workers parse
 * them into rows, and the rows are handed on from the reading thread in file order: the result is exactly
 * that of the one-thread read, repeats, problems and all. Until the format is known lines are read one
 * by one, as the one-thread read does. Memory stays bounded: at most two chunks per worker are in flight.
 */
final class ParallelJsonLines {

    private final InputStream in;
    private final int maxLineBytes;
    private final int workers;

    ParallelJsonLines(InputStream in, int maxLineBytes, int workers) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.workers = workers;
    }

    void readAll(Ingestion ingestion) throws IOException {
        ByteLines lines = new ByteLines(in, maxLineBytes);
        while (ingestion.conversion() == null) {
            if (!lines.next()) {
                return;
            }
            JsonLinesSource.readLine(lines, ingestion, maxLineBytes);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        // Each worker converts with its own parser; created on the worker, after the format was detected.
        ThreadLocal<RecordConversion> conversions = ThreadLocal.withInitial(ingestion::twinConversion);
        Deque<Future<LineChunk>> inFlight = new ArrayDeque<>();
        try {
            LineChunk chunk = new LineChunk();
            while (lines.next()) {
                if (chunk.add(lines)) {
                    inFlight.add(submit(pool, chunk, conversions));
                    chunk = new LineChunk();
                    while (inFlight.size() > 2 * workers) {
                        handOn(inFlight.poll(), ingestion);
                    }
                }
            }
            inFlight.add(submit(pool, chunk, conversions));
            while (!inFlight.isEmpty()) {
                handOn(inFlight.poll(), ingestion);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Future<LineChunk> submit(ExecutorService pool, LineChunk chunk, ThreadLocal<RecordConversion> conversions) {
        return pool.submit(() -> chunk.convert(conversions.get(), maxLineBytes));
    }

    private static void handOn(Future<LineChunk> converted, Ingestion ingestion) throws IOException {
        try {
            converted.get().handTo(ingestion);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading logs");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "apex-wedge-parse-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
