package com.netra.apex.local.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints a benchmark result for people, then one last line of name=value figures for scripts. */
public final class BenchReport {

    private static final double[] PERCENTILES = {50, 90, 99, 99.9};
    private static final int TARGET_RPS = 10_000;
    private static final int TARGET_ADDED_P99_US = 1_000;

    private final GatewayBenchmark.Result r;

    public BenchReport(GatewayBenchmark.Result result) {
        this.r = result;
    }

    public void print(PrintStream out) {
        GatewayBenchmark.Options o = r.options();
        out.println();
        out.printf("Apex gateway benchmark: %d cores, Java %s, %s requests, warm-up %d s, measured %d s per run%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                o.stream() ? "streamed" : "non-streamed", o.warmup().toSeconds(), o.duration().toSeconds());
        out.printf("%-34s %14s %14s %12s%n", "", "direct (mock)", "via gateway", "added");
        out.printf("%-34s %14.0f %14.0f%n", "throughput, " + o.connections() + " connections (req/s)",
                r.direct().throughput().requestsPerSecond(), r.gateway().throughput().requestsPerSecond());
        out.printf("%-34s %14d %14d%n", "  errors", r.direct().throughput().errors(), r.gateway().throughput().errors());
        out.printf("%-34s %14.1f %14.1f%n", "latency at " + o.rate() + " req/s: % sent late",
                r.direct().latency().lateSendPercent(), r.gateway().latency().lateSendPercent());
        for (double p : PERCENTILES) {
            long d = direct(p);
            long g = gateway(p);
            out.printf("%-34s %14d %14d %12d%n", "  p" + trim(p) + " (us)", d, g, g - d);
        }
        long dMax = r.direct().latency().histogram().maxMicros();
        long gMax = r.gateway().latency().histogram().maxMicros();
        out.printf("%-34s %14d %14d %12d%n", "  max (us)", dMax, gMax, gMax - dMax);
        out.printf("%-34s %14d %14d%n", "  errors", r.direct().latency().errors(), r.gateway().latency().errors());
        printMetering(out);
        out.printf("machine load average: %.1f at start, %.1f at end (%d cores: more than that means other processes competed)%n",
                r.loadAtStart(), r.loadAtEnd(), Runtime.getRuntime().availableProcessors());
        printTargets(out);
        out.println();
        out.println(summaryLine());
    }

    /** The machine-readable figures, in a fixed order. */
    public String summaryLine() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("direct_rps", Math.round(r.direct().throughput().requestsPerSecond()));
        f.put("gateway_rps", Math.round(r.gateway().throughput().requestsPerSecond()));
        f.put("direct_errors", r.direct().throughput().errors() + r.direct().latency().errors());
        f.put("gateway_errors", r.gateway().throughput().errors() + r.gateway().latency().errors());
        f.put("rate", r.options().rate());
        f.put("gateway_late_sends_pct", String.format(java.util.Locale.ROOT, "%.1f", r.gateway().latency().lateSendPercent()));
        f.put("direct_p50_us", direct(50));
        f.put("direct_p99_us", direct(99));
        f.put("gateway_p50_us", gateway(50));
        f.put("gateway_p99_us", gateway(99));
        f.put("added_p50_us", gateway(50) - direct(50));
        f.put("added_p99_us", gateway(99) - direct(99));
        f.put("added_p999_us", gateway(99.9) - direct(99.9));
        f.put("records_stored", r.metering().stored());
        f.put("metering_backlog", r.metering().afterThroughput().pending());
        f.put("metering_catchup_ms", r.metering().afterThroughput().millis());
        f.put("metering_backlog_after_rate", r.metering().afterFixedRate().pending());
        f.put("metering_catchup_after_rate_ms", r.metering().afterFixedRate().millis());
        f.put("load_avg_start", String.format(java.util.Locale.ROOT, "%.1f", r.loadAtStart()));
        StringBuilder line = new StringBuilder();
        f.forEach((k, v) -> line.append(line.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return line.toString();
    }

    private void printMetering(PrintStream out) {
        GatewayBenchmark.Metering m = r.metering();
        if (m.stored() < 0) {
            out.println("metering: not a group-commit recorder, not watched");
            return;
        }
        out.printf("metering: %d of %d usage records stored%n", m.stored(), m.accepted());
        printDrain(out, "throughput run", m.afterThroughput());
        printDrain(out, "fixed-rate run", m.afterFixedRate());
    }

    private static void printDrain(PrintStream out, String run, MeteringWatch.Drain d) {
        out.printf("  %d were pending after the %s and took %d ms to store%s%n", d.pending(), run, d.millis(),
                d.complete() ? "" : " (gave up waiting)");
    }

    private void printTargets(PrintStream out) {
        double rps = r.gateway().throughput().requestsPerSecond();
        long addedP99 = gateway(99) - direct(99);
        out.printf("target >= %d req/s through the gateway: %s (%.0f)%n", TARGET_RPS,
                rps >= TARGET_RPS ? "met" : "MISSED", rps);
        out.printf("target p99 added latency < %d us at %d req/s: %s (%d us)%n", TARGET_ADDED_P99_US,
                r.options().rate(), addedP99 < TARGET_ADDED_P99_US ? "met" : "MISSED", addedP99);
        if (r.gateway().latency().lateSendPercent() > 5) {
            out.println("  (the gateway did not keep up with the fixed rate: its latencies include time queued behind earlier requests)");
        }
    }

    private long direct(double p) {
        return r.direct().latency().histogram().percentileMicros(p);
    }

    private long gateway(double p) {
        return r.gateway().latency().histogram().percentileMicros(p);
    }

    private static String trim(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }
}
