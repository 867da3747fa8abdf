package com.netra.apex.local.cli;

import com.netra.apex.local.bench.BenchReport;
import com.netra.apex.local.bench.GatewayBenchmark;
import com.netra.apex.local.bench.LatencyHistogram;
import com.netra.apex.local.bench.PipelineBenchmark;
import java.util.Map;
import java.time.Duration;
import java.util.Set;

/**
 * `apex bench gateway`: a local mock upstream called directly, then through the local gateway with metering
 * on; prints throughput and added latency, and a last line of name=value figures for scripts.
 */
final class BenchCommand {

    private BenchCommand() {
    }

    static void run(String[] args) throws Exception {
        CliArgs cli = new CliArgs(args, Set.of());
        String what = cli.positional(0, "what to benchmark: gateway or pipeline");
        if (what.equals("pipeline")) {
            pipeline(cli);
            return;
        }
        if (!what.equals("gateway")) {
            throw new CliException("unknown benchmark '" + what + "': use 'bench gateway' or 'bench pipeline'");
        }
        GatewayBenchmark.Options options = new GatewayBenchmark.Options(
                Duration.ofSeconds(atLeast(cli, "warmup", 20, 0)), // JIT: shorter warm-ups understate steady state
                Duration.ofSeconds(atLeast(cli, "duration", 10, 1)),
                atLeast(cli, "connections", 32, 1),
                atLeast(cli, "rate", 1000, 1),
                bool(cli, "stream"));
        GatewayBenchmark.Result result = new GatewayBenchmark(options, System.out).run();
        new BenchReport(result).print(System.out);
    }

    private static void pipeline(CliArgs cli) {
        Map<String, LatencyHistogram> results = new PipelineBenchmark(atLeast(cli, "iterations", 2000, 10), System.out).run();
        StringBuilder line = new StringBuilder();
        results.forEach((name, h) -> {
            String key = name.replaceAll(" \\(.*\\)", "").replaceAll("[^a-z]+", "_");
            line.append(String.format("%s_p50_ms=%.3f %s_p99_ms=%.3f ", key, h.percentileMicros(50) / 1000.0,
                    key, h.percentileMicros(99) / 1000.0));
        });
        System.out.println(line.toString().trim());
    }

    private static int atLeast(CliArgs cli, String name, int fallback, int min) {
        int v = cli.intOption(name, fallback);
        if (v < min) {
            throw new CliException("--" + name + " must be at least " + min + ", got " + v);
        }
        return v;
    }

    private static boolean bool(CliArgs cli, String name) {
        String v = cli.option(name, "false");
        if (!v.equals("true") && !v.equals("false")) {
            throw new CliException("--" + name + " must be true or false, got '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }
}
