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
        long start = System.nanoTime();
        Finding finding = analyzer.finding();
        long search = System.nanoTime() - start;
        report(out, rows, prompts, finding, streaming, search);
        return finding;
    }

    private static void report(PrintStream out, int rows, SyntheticPrompts prompts, Finding f, long streaming,
                               long search) {
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        double seconds = (streaming + search) / 1e9;
        long counted = f.evidence().rowsAffected();
        out.printf(Locale.ROOT, "rows %,d on %d cores: streaming %.1f s, search %.1f s, total %.1f s, %,.0f rows/s, "
                        + "heap in use %,d MB%n", rows, rt.availableProcessors(), streaming / 1e9, search / 1e9, seconds,
                rows / seconds, heap);
        out.printf(Locale.ROOT, "planted: %,d near-duplicates, %,d number changes, %,d exact repeats%n",
                prompts.plantedNear, prompts.plantedNumberChanges, prompts.plantedExact);
        out.printf(Locale.ROOT, "found: %,d near-duplicates counted (%.1f%% of planted), %,d refused by the meaning "
                        + "guard, %,d exact repeats skipped, %s%n", counted, 100.0 * counted / Math.max(1, prompts.plantedNear),
                f.evidence().counts().get("refused_by_meaning_guard"), f.evidence().counts().get("exact_repeats_skipped"),
                f.dollars().map(Object::toString).orElse("unpriced"));
    }
}
