package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.wedge.LogRow;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Measures the near-duplicate search on generated prompts with planted near-duplicates, number changes
 * and exact repeats ({@link SyntheticPrompts}), for the CLI: {@code NearDuplicateBenchmark.run(1_000_000,
 * System.out)}. Times the streaming pass (signatures and fingerprints) and the final search apart;
 * generating the rows is not timed. Prints recall against the planted near-duplicates and how many
 * number changes were wrongly counted.
 */
public final class NearDuplicateBenchmark {

    private NearDuplicateBenchmark() {
    }

    /** Runs the benchmark over {@code rows} generated prompts and prints the figures to {@code out}. */
    public static Finding run(int rows, PrintStream out) {
        SyntheticPrompts prompts = new SyntheticPrompts(rows, 42);
        NearDuplicateAnalyzer analyzer = new NearDuplicateAnalyzer(new RowPrices(PriceTableLoader.shipped()));
        long streaming = 0;
        while (prompts.hasNext()) {
            LogRow row = prompts.next();
            long start = System.nanoTime();
            analyzer.accept(row);
            streaming += System.nanoTime() - start;
        }
        long retained = retainedMegabytes();
        long start = System.nanoTime();
        Finding finding = analyzer.finding();
        long search = System.nanoTime() - start;
        report(out, rows, prompts, finding, streaming, search, retained);
        return finding;
    }

    /** Heap still in use after a collection: what the streaming pass keeps (the signing batch included). */
    private static long retainedMegabytes() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static void report(PrintStream out, int rows, SyntheticPrompts prompts, Finding f, long streaming,
                               long search, long retained) {
        Runtime rt = Runtime.getRuntime();
        double seconds = (streaming + search) / 1e9;
        long counted = f.evidence().rowsAffected();
        out.printf(Locale.ROOT, "rows %,d on %d cores: streaming %.1f s, search %.1f s, total %.1f s, %,.0f rows/s, "
                        + "heap retained after streaming %,d MB%n", rows, rt.availableProcessors(), streaming / 1e9, search / 1e9,
                seconds, rows / seconds, retained);
        out.printf(Locale.ROOT, "planted: %,d near-duplicates, %,d number changes, %,d exact repeats%n",
                prompts.plantedNear, prompts.plantedNumberChanges, prompts.plantedExact);
        out.printf(Locale.ROOT, "found: %,d near-duplicates counted (%.1f%% of planted), %,d refused by the meaning "
                        + "guard, %,d exact repeats skipped, %s%n", counted, 100.0 * counted / Math.max(1, prompts.plantedNear),
                f.evidence().counts().get("refused_by_meaning_guard"), f.evidence().counts().get("exact_repeats_skipped"),
                f.dollars().map(Object::toString).orElse("unpriced"));
    }
}
