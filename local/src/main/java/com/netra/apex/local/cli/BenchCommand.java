package com.netra.apex.local.cli;

import com.netra.apex.local.bench.BenchReport;
import com.netra.apex.local.bench.GatewayBenchmark;
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
        String what = cli.positional(0, "what to benchmark: gateway");
        if (!what.equals("gateway")) {
            throw new CliException("unknown benchmark '" + what + "': use 'bench gateway'");
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
