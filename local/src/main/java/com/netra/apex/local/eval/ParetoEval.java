package com.netra.apex.local.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.pareto.Candidate;
import com.netra.apex.core.pareto.ParetoChoice;
import com.netra.apex.core.routing.RouterCurve;
import com.netra.apex.local.cli.CliArgs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * `apex eval pareto [--cost W --latency W --quality W]`: combines measured data into candidate
 * configurations (router threshold x semantic-cache threshold x compression level), shows the Pareto
 * frontier and picks the point for the given weights, with the `apex policy set` line that applies it.
 *
 * <p>Measured inputs: the router's held-out curve (computed here from --data), the cache's threshold sweep
 * (`apex eval cache --save`, shipped in eval/measured/), and lossless compression's token saving on
 * --requests. Traffic assumptions are flags, printed with the result: --repeat-share (the share of requests
 * that paraphrase an earlier one), --input-share (the share of spend on input tokens) and
 * --provider-latency-ms (what a cache hit saves the caller). Lossy compression is left out: its quality
 * cost is not measured.
 */
public final class ParetoEval {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParetoEval() {
    }

    private record CacheOption(String name, double threshold, double hitRate, double falseHitRate, double lookupMs) {
    }

    public static void run(String[] args, PrintStream out) throws IOException {
        CliArgs cli = new CliArgs(args, Set.of());
        ParetoChoice.Weights weights = new ParetoChoice.Weights(number(cli, "cost", 0.6), number(cli, "latency", 0.1),
                number(cli, "quality", 0.3));
        double repeatShare = number(cli, "repeat-share", 0.3);
        double inputShare = number(cli, "input-share", 0.6);
        double providerMs = number(cli, "provider-latency-ms", 800);
        RouterCurve router = RouterEval.heldOutCurve(Path.of(cli.option("data", RouterEval.DEFAULT_DATA)), out);
        List<CacheOption> caches = caches(Path.of(cli.option("cache-sweep", "eval/measured/cache-sweep.json")));
        double compressed = CompressionEval.savedRatio(Path.of(cli.option("requests", "eval/chat-requests.jsonl")));
        out.printf(Locale.ROOT, "assumptions: %.0f%% of requests repeat an earlier one in other words, %.0f%% of spend is input,"
                + " a provider call takes %.0f ms; lossless compression saves %.1f%% of input tokens (measured)%n",
                repeatShare * 100, inputShare * 100, providerMs, compressed * 100);
        List<Candidate> candidates = new ArrayList<>();
        for (double t : new double[] {Double.NaN, 0.3, 0.4, com.netra.apex.core.routing.LearnedRouter.shipped().defaultThreshold(), 0.5, 0.6, 0.7}) {
            RouterCurve.Point r = Double.isNaN(t) ? router.at(0) : router.at(t);
            for (CacheOption c : caches) {
                for (boolean lossless : new boolean[] {false, true}) {
                    candidates.add(candidate(r, Double.isNaN(t), c, lossless, compressed, repeatShare, inputShare, providerMs));
                }
            }
        }
        List<Candidate> front = ParetoChoice.frontier(candidates);
        Candidate chosen = ParetoChoice.choose(candidates, weights);
        out.printf("%n%d candidates, %d on the frontier:%n%-58s %8s %10s %8s%n", candidates.size(), front.size(),
                "configuration", "cost", "added_ms", "quality");
        for (Candidate c : front) {
            out.printf(Locale.ROOT, "%-58s %8.3f %10.1f %8.3f%s%n", c.name(), c.cost(), c.latencyMillis(), c.quality(),
                    c == chosen ? "   <- chosen" : "");
        }
        out.printf(Locale.ROOT, "%nweights cost=%.2f latency=%.2f quality=%.2f; apply with:%n  ./apex policy set --tenant T %s%n",
                weights.cost(), weights.latency(), weights.quality(), settings(chosen));
        out.printf(Locale.ROOT, "candidates=%d frontier=%d cost=%.3f added_latency_ms=%.1f quality=%.3f %s%n",
                candidates.size(), front.size(), chosen.cost(), chosen.latencyMillis(), chosen.quality(),
                settings(chosen).replace("routing.", "router_").replace("cache.", "cache_"));
    }

    private static Candidate candidate(RouterCurve.Point r, boolean routerOff, CacheOption c, boolean lossless,
                                       double compressed, double repeatShare, double inputShare, double providerMs) {
        double served = c.hitRate() == 0 ? 0 : repeatShare * c.hitRate() / (1 - c.falseHitRate());
        double cost = (routerOff ? 1 : r.costVsStrong()) * (1 - served) * (lossless ? 1 - inputShare * compressed : 1);
        double quality = (routerOff ? 1 : r.qualityVsStrong()) * (1 - served * c.falseHitRate());
        double latency = c.lookupMs() - served * providerMs;
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("routing", routerOff ? "off" : "on");
        if (!routerOff) {
            settings.put("routing.threshold", String.format(Locale.ROOT, "%.2f", r.threshold()));
        }
        settings.put("cache.semantic", c.threshold() > 1 ? "off" : "on");
        if (c.threshold() <= 1) {
            settings.put("cache.semantic_threshold", String.format(Locale.ROOT, "%.2f", c.threshold()));
        }
        settings.put("compression", lossless ? "lossless" : "off");
        String name = (routerOff ? "router off" : String.format(Locale.ROOT, "router %.2f", r.threshold()))
                + ", " + c.name() + ", compression " + (lossless ? "lossless" : "off");
        return new Candidate(name, settings, cost, latency, quality);
    }

    private static List<CacheOption> caches(Path sweep) throws IOException {
        if (!Files.exists(sweep)) {
            throw new IllegalArgumentException(sweep + " not found: run `apex eval cache --save " + sweep + "` first");
        }
        JsonNode root = JSON.readTree(sweep.toFile());
        List<CacheOption> options = new ArrayList<>();
        options.add(new CacheOption("semantic off", 2, 0, 0, 0));
        for (JsonNode row : root.path("thresholds")) {
            double t = row.path("threshold").asDouble();
            {
                options.add(new CacheOption(String.format(Locale.ROOT, "semantic %.2f", t), t,
                        row.path("hit_rate").asDouble(), row.path("false_hit_rate").asDouble(), root.path("lookup_p50_ms").asDouble()));
            }
        }
        return options;
    }

    private static String settings(Candidate c) {
        StringBuilder s = new StringBuilder();
        c.settings().forEach((k, v) -> s.append(s.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return s.toString();
    }

    private static double number(CliArgs cli, String name, double fallback) {
        try {
            return Double.parseDouble(cli.option(name, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number");
        }
    }
}
