package com.netra.apex.local.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.cache.CachedAnswer;
import com.netra.apex.core.cache.LshBands;
import com.netra.apex.core.cache.SemanticCache;
import com.netra.apex.core.optimize.Caller;
import com.netra.apex.core.optimize.ChatOptimizer;
import com.netra.apex.core.optimize.ChatPlan;
import com.netra.apex.core.optimize.OptimizationPolicy;
import com.netra.apex.core.optimize.ResponseCaching;
import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.routing.ModelRouter;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.local.bench.LatencyHistogram;
import com.netra.apex.local.cli.CliArgs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/**
 * `apex eval cache [--pairs FILE[,FILE...]] [--threshold T] [--bands 8 --bits 10] [--save FILE]`: caches every {@code a},
 * asks with every {@code b} through the gateway's own planner, caches and storage (DynamoDB Local), and
 * reports hit rate, false-hit rate (share of served hits that were wrong) and lookup latency, embedding
 * included, plus the same figures at other thresholds.
 */
public final class CacheEval {

    private static final String TENANT = "eval";
    private static final double[] SWEEP = {0.86, 0.88, 0.90, 0.92, 0.93, 0.94, 0.95, 0.96, 0.98};
    private static final ObjectMapper JSON = new ObjectMapper();

    private CacheEval() {
    }

    /** What one question got: the similarity of the entry served (NaN for a miss) and that entry's prompt. */
    record Outcome(CachePairs.Pair pair, double similarity, String servedPrompt) {

        boolean servedAt(double threshold) {
            return !Double.isNaN(similarity) && similarity >= threshold;
        }

        /** Served the pair's own prompt, or a cached prompt identical to the question itself. */
        boolean correct() {
            return pair.same() && (pair.a().equals(servedPrompt) || pair.b().equals(servedPrompt));
        }
    }

    public static void run(String[] args, PrintStream out) throws IOException {
        CliArgs cli = new CliArgs(args, Set.of("show-false"));
        List<Path> files = Arrays.stream(cli.option("pairs", defaultPairs()).split(",")).map(Path::of).toList();
        double threshold = Double.parseDouble(cli.option("threshold",
                Double.toString(OptimizationPolicy.parse(Map.of()).cache().semanticThreshold())));
        LshBands lsh = new LshBands(384, cli.intOption("bands", 8), cli.intOption("bits", 10), 0x5EED_CAC4EL);
        CachePairs data = CachePairs.read(files);
        data.skipped().forEach(s -> out.println("skipped " + s));
        out.printf("%d pairs (%d same meaning, %d different) from %s%n", data.pairs().size(),
                data.pairs().stream().filter(CachePairs.Pair::same).count(),
                data.pairs().stream().filter(p -> !p.same()).count(), files);
        LatencyHistogram latency = new LatencyHistogram();
        Map<Double, List<Outcome>> outcomes;
        try (LocalCaches caches = LocalCaches.start(lsh)) {
            outcomes = evaluate(data.pairs(), caches.caching(), threshold, latency, out);
        }
        if (cli.has("show-false")) {
            outcomes.get(threshold).stream().filter(o -> o.servedAt(threshold) && !o.correct()).forEach(o -> out.printf(
                    "false hit %.3f%n  asked:  %s%n  served: %s%n  pair a: %s%n", o.similarity(), o.pair().b(), o.servedPrompt(), o.pair().a()));
        }
        report(outcomes, threshold, latency, data.skipped().size(), out);
        if (cli.has("save")) {
            save(Path.of(cli.option("save", "")), outcomes, latency);
            out.println("saved the threshold sweep to " + cli.option("save", "") + " (read by `apex eval pareto`)");
        }
    }

    /** The sweep as JSON, the measured input of `apex eval pareto`. */
    private static void save(Path file, Map<Double, List<Outcome>> outcomes, LatencyHistogram latency) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("lookup_p50_ms", latency.percentileMicros(50) / 1000.0).put("lookup_p99_ms", latency.percentileMicros(99) / 1000.0);
        var rows = root.putArray("thresholds");
        for (Map.Entry<Double, List<Outcome>> e : outcomes.entrySet()) {
            double t = e.getKey();
            Figures f = Figures.at(e.getValue(), t);
            rows.addObject().put("threshold", Math.round(t * 100) / 100.0).put("hit_rate", f.hitRate())
                    .put("false_hit_rate", f.falseHitRate());
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static String defaultPairs() {
        List<String> found = new ArrayList<>();
        for (String candidate : List.of("../shared/data/cache/paraphrase-pairs.json", "eval/adversarial-pairs.jsonl")) {
            if (Files.exists(Path.of(candidate))) {
                found.add(candidate);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no --pairs given and no default pair files found");
        }
        return String.join(",", found);
    }

    private static Map<Double, List<Outcome>> evaluate(List<CachePairs.Pair> pairs, ResponseCaching caching, double chosen,
                                                       LatencyHistogram latency, PrintStream out) {
        ChatOptimizer optimizer = new ChatOptimizer(new ModelRouter(LearnedRouter.shipped()));
        OptimizationPolicy policy = OptimizationPolicy.parse(Map.of("cache.semantic", "on",
                "cache.semantic_threshold", Double.toString(chosen), "compression", "off"));
        Map<String, Boolean> cached = new LinkedHashMap<>();
        int n = 0;
        for (CachePairs.Pair p : pairs) {
            if (cached.putIfAbsent(p.a(), true) == null) {
                ChatPlan plan = plan(optimizer, policy, p.a(), "fill-" + n++);
                ResponseCaching.Found found = caching.lookup(TENANT, plan);
                caching.store(TENANT, plan, found.probe(), answer(p.a()));
            }
        }
        out.printf("cached %d distinct prompts; asking %d questions%n", cached.size(), pairs.size());
        List<Outcome> outcomes = new ArrayList<>();
        List<SemanticCache.Probe> probes = new ArrayList<>();
        for (CachePairs.Pair p : pairs) {
            ChatPlan plan = plan(optimizer, policy, p.b(), "ask-" + n++);
            long started = System.nanoTime();
            ResponseCaching.Found found = caching.lookup(TENANT, plan);
            latency.record(System.nanoTime() - started);
            outcomes.add(outcome(p, found.hit()));
            probes.add(found.probe());
        }
        Map<Double, List<Outcome>> byThreshold = new TreeMap<>(Map.of(chosen, outcomes));
        for (double t : SWEEP) {
            byThreshold.computeIfAbsent(t, threshold -> sweep(pairs, probes, outcomes, caching, threshold));
        }
        return byThreshold;
    }

    /** The same questions at another threshold, reusing their embeddings (the measured pass is the chosen one). */
    private static List<Outcome> sweep(List<CachePairs.Pair> pairs, List<SemanticCache.Probe> probes, List<Outcome> measured,
                                       ResponseCaching caching, double threshold) {
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            SemanticCache.Probe probe = probes.get(i);
            out.add(probe == null ? measured.get(i) // an exact hit: the same at every threshold
                    : outcome(pairs.get(i), caching.semanticLookup(TENANT, probe, threshold)));
        }
        return out;
    }

    private static Outcome outcome(CachePairs.Pair p, java.util.Optional<ResponseCaching.Hit> hit) {
        return hit.map(h -> new Outcome(p, h.similarity(), h.answer().prompt())).orElse(new Outcome(p, Double.NaN, null));
    }

    private static ChatPlan plan(ChatOptimizer optimizer, OptimizationPolicy policy, String text, String requestId) {
        ObjectNode request = JSON.createObjectNode().put("model", "gpt-4o-mini");
        request.putArray("messages").addObject().put("role", "user").put("content", text);
        return optimizer.plan(policy, new Caller(TENANT, "eval-key", requestId, Set.of()), request, "gpt-4o-mini", t -> null);
    }

    private static CachedAnswer answer(String prompt) {
        byte[] body = JSON.createObjectNode().put("answer_to", prompt).toString().getBytes(StandardCharsets.UTF_8);
        return new CachedAnswer(body, "eval", "eval-model", TokenUsage.NONE, Instant.now(), prompt);
    }

    private static void report(Map<Double, List<Outcome>> outcomes, double chosen, LatencyHistogram latency, int skipped,
                               PrintStream out) {
        out.println();
        out.println("threshold  hit_rate  served  correct  false  false_hit_rate  false_on_different_meaning");
        outcomes.forEach((t, o) -> out.println(row(o, t) + (t == chosen ? "   <- this run's threshold" : "")));
        Figures f = Figures.at(outcomes.get(chosen), chosen);
        out.printf("%nlookup latency (embedding + index + guard + answer read): p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d lookups%n",
                latency.percentileMicros(50) / 1000.0, latency.percentileMicros(99) / 1000.0, latency.maxMicros() / 1000.0, latency.count());
        out.printf("pairs=%d skipped=%d hit_rate=%.3f false_hit_rate=%.4f served_hits=%d false_hits=%d adversarial_false_hits=%d lookup_p50_ms=%.2f lookup_p99_ms=%.2f threshold=%.2f%n",
                outcomes.get(chosen).size(), skipped, f.hitRate(), f.falseHitRate(), f.served(), f.falseHits(), f.falseOnDifferent(),
                latency.percentileMicros(50) / 1000.0, latency.percentileMicros(99) / 1000.0, chosen);
    }

    private static String row(List<Outcome> outcomes, double t) {
        Figures f = Figures.at(outcomes, t);
        return String.format("%9.2f  %8.3f  %6d  %7d  %5d  %14.4f  %26d", t, f.hitRate(), f.served(), f.correct(),
                f.falseHits(), f.falseHitRate(), f.falseOnDifferent());
    }

    /** The figures at one threshold. */
    private record Figures(long served, long correct, long samePairs, long falseOnDifferent) {

        static Figures at(List<Outcome> outcomes, double threshold) {
            long served = 0;
            long correct = 0;
            long falseOnDifferent = 0;
            for (Outcome o : outcomes) {
                if (o.servedAt(threshold)) {
                    served++;
                    correct += o.correct() ? 1 : 0;
                    falseOnDifferent += o.pair().same() ? 0 : 1;
                }
            }
            long same = outcomes.stream().filter(o -> o.pair().same()).count();
            return new Figures(served, correct, same, falseOnDifferent);
        }

        long falseHits() {
            return served - correct;
        }

        double hitRate() {
            return samePairs == 0 ? 0 : (double) correct / samePairs;
        }

        double falseHitRate() {
            return served == 0 ? 0 : (double) falseHits() / served;
        }
    }
}
