package com.netra.apex.local.eval;

import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.routing.ModelRef;
import com.netra.apex.core.routing.PricedExample;
import com.netra.apex.core.routing.PromptPricing;
import com.netra.apex.core.routing.RouterCurve;
import com.netra.apex.core.routing.RouterSplit;
import com.netra.apex.core.routing.RoutingCsvReader;
import com.netra.apex.core.routing.RoutingExample;
import com.netra.apex.local.cli.CliArgs;
import com.netra.apex.local.cli.CliException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * `apex eval router`: the learned router's cost/quality curve on the held-out split of a routing data
 * set, against random routing at the same strong-model shares, ending with one line of figures.
 *
 * <p>Options: {@code --data DIR} (CSV files {@code prompt,<weak>,<strong>}; default
 * {@value #DEFAULT_DATA}), {@code --split test|all}, {@code --strong provider/model} and
 * {@code --weak provider/model} (priced from the shipped price table), and {@code --train --out FILE}
 * to retrain on the training split, write the weights and evaluate those instead of the shipped ones.
 *
 * <p>The shipped weights are produced, reproducibly, from the repository root by:
 * <pre>./apex eval router --train --out core/src/main/resources/apex/router/mmlu-router.json</pre>
 * Training is deterministic (full-batch, no sampling), so rerunning rewrites the file byte for byte.
 */
public final class RouterEval {

    static final String DEFAULT_DATA = "../shared/data/routing/mmlu";
    private static final String DEFAULT_STRONG = "openai/gpt-4o";
    private static final String DEFAULT_WEAK = "openai/gpt-4o-mini";
    private static final int CURVE_STEPS = 20;
    private static final int MALFORMED_SHOWN = 20;

    private RouterEval() {
    }

    public static void run(String[] args, PrintStream out) {
        CliArgs cli = parse(args);
        String split = cli.option("split", "test");
        if (!split.equals("test") && !split.equals("all")) {
            throw new IllegalArgumentException("--split is test or all, got '" + split + "'");
        }
        if (cli.has("train") != cli.has("out")) {
            throw new IllegalArgumentException("--train and --out FILE go together: retrain and write the weights to FILE");
        }
        PromptPricing pricing = new PromptPricing(PriceTableLoader.shipped(),
                ModelRef.parse(cli.option("strong", DEFAULT_STRONG)), ModelRef.parse(cli.option("weak", DEFAULT_WEAK)));
        Path data = Path.of(cli.option("data", DEFAULT_DATA));
        List<PricedExample> rows = load(data, out).stream().map(pricing::price).toList();
        LearnedRouter router = cli.has("train")
                ? RouterTraining.trainAndWrite(rows, pricing, data, Path.of(cli.option("out", "")), out)
                : LearnedRouter.shipped();
        List<PricedExample> evaluated = split.equals("all") ? rows
                : rows.stream().filter(e -> RouterSplit.isTest(e.example().prompt())).toList();
        if (evaluated.isEmpty()) {
            throw new IllegalArgumentException("no " + (split.equals("all") ? "" : "held-out ") + "rows in " + data);
        }
        report(router, rows.size(), evaluated, split, pricing, out);
    }

    /** The shipped router's curve on the held-out rows of {@code data}, priced for the default model pair. */
    static RouterCurve heldOutCurve(Path data, PrintStream out) {
        PromptPricing pricing = new PromptPricing(PriceTableLoader.shipped(), ModelRef.parse(DEFAULT_STRONG), ModelRef.parse(DEFAULT_WEAK));
        List<PricedExample> heldOut = load(data, out).stream().filter(e -> RouterSplit.isTest(e.prompt()))
                .map(pricing::price).toList();
        LearnedRouter router = LearnedRouter.shipped();
        return new RouterCurve(heldOut, heldOut.stream().mapToDouble(e -> router.strongProbability(e.example().prompt())).toArray());
    }

    private static CliArgs parse(String[] args) {
        try {
            CliArgs cli = new CliArgs(args, Set.of("train"));
            if (!cli.positionals().isEmpty()) {
                throw new IllegalArgumentException("unexpected argument '" + cli.positionals().get(0) + "'");
            }
            return cli;
        } catch (CliException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static List<RoutingExample> load(Path data, PrintStream out) {
        try {
            RoutingCsvReader.Dataset dataset = RoutingCsvReader.readFolder(data);
            dataset.malformed().stream().limit(MALFORMED_SHOWN).forEach(m -> out.println("skipped malformed row " + m));
            if (dataset.malformed().size() > MALFORMED_SHOWN) {
                out.println("... and " + (dataset.malformed().size() - MALFORMED_SHOWN) + " more malformed rows");
            }
            out.printf(Locale.ROOT, "read %d rows from %s, skipped %d malformed%n",
                    dataset.examples().size(), data, dataset.malformed().size());
            return dataset.examples();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read routing data in " + data, e);
        }
    }

    private static void report(LearnedRouter router, int rows, List<PricedExample> evaluated, String split,
                               PromptPricing pricing, PrintStream out) {
        double[] scores = evaluated.stream().mapToDouble(e -> router.strongProbability(e.example().prompt())).toArray();
        RouterCurve curve = new RouterCurve(evaluated, scores);
        out.printf(Locale.ROOT, "evaluating %d %s rows; strong %s, weak %s; prices %s on %s, o200k input tokens + %d output tokens%n",
                evaluated.size(), split.equals("all") ? "(all, training rows included)" : "held-out", pricing.strong(),
                pricing.weak(), pricing.priceVersion(), PromptPricing.PRICED_ON, PromptPricing.OUTPUT_TOKENS);
        out.printf(Locale.ROOT, "strong alone: accuracy %.3f cost %s; weak alone: accuracy %.3f cost %s (%.3f of strong)%n",
                curve.strongAccuracy(), curve.strongCost(), curve.weakAccuracy(), curve.weakCost(),
                curve.random(0).costVsStrong());
        out.printf(Locale.ROOT, "router: target=%s cost_exponent=%.2f%n", router.weights().target(), router.weights().costExponent());
        out.printf("%9s %12s %14s %8s %17s | %-30s%n", "threshold", "strong_share", "cost_vs_strong", "accuracy",
                "quality_vs_strong", "random at same share: cost, accuracy, quality");
        for (int i = 0; i <= CURVE_STEPS; i++) {
            printRow(curve, curve.at((double) i / CURVE_STEPS), out);
        }
        RouterCurve.Point shipped = curve.at(router.defaultThreshold());
        out.print("shipped point: ");
        printRow(curve, shipped, out);
        out.printf(Locale.ROOT, "rows=%d heldout=%d cost_saved=%.3f quality_vs_strong=%.3f strong_share=%.3f threshold=%.3f"
                        + " strong_accuracy=%.3f routed_accuracy=%.3f%n",
                rows, evaluated.size(), shipped.costSaved(), shipped.qualityVsStrong(), shipped.strongShare(),
                shipped.threshold(), curve.strongAccuracy(), shipped.accuracy());
    }

    private static void printRow(RouterCurve curve, RouterCurve.Point p, PrintStream out) {
        RouterCurve.Point random = curve.random(p.strongShare());
        out.printf(Locale.ROOT, "%9.3f %12.3f %14.3f %8.3f %17.3f | %14.3f %8.3f %8.3f%n", p.threshold(), p.strongShare(),
                p.costVsStrong(), p.accuracy(), p.qualityVsStrong(), random.costVsStrong(), random.accuracy(),
                random.qualityVsStrong());
    }
}
