package com.netra.apex.local.bench;

import com.netra.apex.core.metering.UsageRecorder;
import com.netra.apex.core.tenancy.ApiKeys;
import com.netra.apex.local.LocalPlatform;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One benchmark run: the mock upstream called directly, then the same calls through a local gateway (with
 * metering to DynamoDB Local) in the same JVM, so the difference is what the gateway adds on this machine.
 */
public final class GatewayBenchmark {

    /** The model callers ask for; the gateway routes gpt-* to the openai provider, i.e. the mock. */
    static final String MODEL = "gpt-4o-mini";

    private final Options options;
    private final PrintStream out;

    /** What to run: warm-up and measured time per measurement, closed-loop connections, fixed rate. */
    public record Options(Duration warmup, Duration duration, int connections, int rate, boolean stream) {
    }

    /** Both measurements against one target. */
    public record Phase(LoadGenerator.Throughput throughput, LoadGenerator.Latency latency) {
    }

    /** Usage records: what each run left pending and how long storing it took; totals at the end. */
    public record Metering(MeteringWatch.Drain afterThroughput, MeteringWatch.Drain afterFixedRate, long stored,
                           long accepted) {
    }

    /** Everything a report needs; load averages show whether other processes competed for the cores. */
    public record Result(Options options, Phase direct, Phase gateway, Metering metering, double loadAtStart,
                         double loadAtEnd) {
    }

    public GatewayBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Result run() throws Exception {
        double loadAtStart = loadAverage();
        try (MockUpstream mock = MockUpstream.start()) {
            out.println("Mock upstream listening on " + mock.baseUrl());
            byte[] directRequest = BenchRequests.chatCompletion(mock.address(), null, MODEL, options.stream());
            Phase direct = measure("direct", new LoadGenerator(mock.address(), directRequest), () -> { });
            Path dataDir = Files.createTempDirectory("apex-bench-");
            try {
                GatewayRun run = throughGateway(mock, dataDir);
                return new Result(options, direct, run.phase(), run.metering(), loadAtStart, loadAverage());
            } finally {
                deleteRecursively(dataDir);
            }
        }
    }

    private record GatewayRun(Phase phase, Metering metering) {
    }

    private GatewayRun throughGateway(MockUpstream mock, Path dataDir) throws Exception {
        out.println("Starting the local gateway (data in " + dataDir + ")");
        MeteringWatch.Drain[] afterThroughput = new MeteringWatch.Drain[1];
        try (LocalPlatform platform = LocalPlatform.start(dataDir, 0, gatewayProperties(mock))) {
            String key = platform.bean(ApiKeys.class).issue("bench", "bench").apiKey();
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", platform.url().getPort());
            out.println("Gateway listening on http://127.0.0.1:" + address.getPort());
            byte[] request = BenchRequests.chatCompletion(address, key, MODEL, options.stream());
            MeteringWatch watch = new MeteringWatch(platform.bean(UsageRecorder.class), out);
            // Let metering drain between runs so the latency run sees steady-state metering, not a backlog.
            Phase gateway = measure("gateway", new LoadGenerator(address, request),
                    () -> afterThroughput[0] = watch.drain("throughput run"));
            MeteringWatch.Drain afterRate = watch.drain("fixed-rate run");
            return new GatewayRun(gateway, new Metering(afterThroughput[0], afterRate, watch.stored(), watch.accepted()));
        }
    }

    private Phase measure(String name, LoadGenerator load, Runnable betweenRuns) throws Exception {
        String probe = load.probe();
        if (!probe.startsWith("200 ")) {
            throw new IllegalStateException(name + " target did not answer 200 to the benchmark request: " + probe);
        }
        out.printf("[%s] throughput: %d connections, closed loop, warm-up %d s, measuring %d s%n", name,
                options.connections(), options.warmup().toSeconds(), options.duration().toSeconds());
        LoadGenerator.Throughput t = load.throughput(options.connections(), options.warmup(), options.duration());
        out.printf("[%s]   %.0f req/s, %d errors%s%n", name, t.requestsPerSecond(), t.errors(), errorNote(t.firstError()));
        betweenRuns.run();
        out.printf("[%s] latency: %d req/s fixed rate over %d connections, warm-up %d s, measuring %d s%n", name,
                options.rate(), options.connections(), options.warmup().toSeconds(), options.duration().toSeconds());
        LoadGenerator.Latency l = load.fixedRate(options.rate(), options.connections(), options.warmup(), options.duration());
        out.printf("[%s]   p50 %d us, p99 %d us, max %d us, %.1f%% sent late, %d errors%s%n", name,
                l.histogram().percentileMicros(50), l.histogram().percentileMicros(99), l.histogram().maxMicros(),
                l.lateSendPercent(), l.errors(), errorNote(l.firstError()));
        return new Phase(t, l);
    }

    private Map<String, Object> gatewayProperties(MockUpstream mock) {
        return Map.of(
                "apex.providers.openai.base-url", mock.baseUrl(),
                "apex.providers.openai.api-key", "bench-not-a-secret",
                // A retry would hide a failed relay as a slow one; the benchmark wants to see errors.
                "apex.providers.openai.max-retries", 0);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String errorNote(String firstError) {
        return firstError == null ? "" : " (first: " + firstError + ")";
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
