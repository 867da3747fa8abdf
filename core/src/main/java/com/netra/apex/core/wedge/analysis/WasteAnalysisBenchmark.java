package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.wedge.LogRow;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Times one pass of every analyzer ({@link WasteAnalysis#standard}) over generated rows, for the CLI:
 * {@code WasteAnalysisBenchmark.run(1_000_000, System.out)}. The prompts are {@link SyntheticPrompts}'; a
 * third of the rows go to gpt-4o (the router scores them), a quarter carry one of 50 long prefixes, one
 * in ten is tagged nightly and one in twenty has messy whitespace. Generation is not timed.
 */
public final class WasteAnalysisBenchmark {

    private WasteAnalysisBenchmark() {
    }

    public static WasteReport run(int rows, PrintStream out) {
        SyntheticPrompts prompts = new SyntheticPrompts(rows, 7);
        WasteAnalysis analysis = WasteAnalysis.standard(PriceTableLoader.shipped());
        long timed = 0;
        for (int i = 0; prompts.hasNext(); i++) {
            LogRow row = varied(prompts.next(), i);
            long start = System.nanoTime();
            analysis.accept(row);
            timed += System.nanoTime() - start;
        }
        long start = System.nanoTime();
        WasteReport report = analysis.report();
        long end = System.nanoTime() - start;
        out.printf(Locale.ROOT, "rows %,d: streaming %.1f s, findings %.1f s, %,.0f rows/s%n", rows, timed / 1e9,
                end / 1e9, rows / ((timed + end) / 1e9));
        for (Finding f : report.findings()) {
            out.printf(Locale.ROOT, "  %-22s %,9d rows  %s/month%n", f.kind().wireName(), f.evidence().rowsAffected(),
                    f.dollarsPerMonth().map(Object::toString).orElse("unknown"));
        }
        return report;
    }

    private static LogRow varied(LogRow r, int i) {
        String model = i % 3 == 0 ? "gpt-4o" : r.model();
        String prefix = i % 4 == 0 ? "prefix-" + (i % 50) : null;
        List<String> tags = i % 10 == 0 ? List.of("nightly") : List.of();
        String text = i % 20 == 0 ? r.promptText().replace(" order", "   \n\n\n\n order") : r.promptText();
        return new LogRow(r.rowId(), r.tenantId(), r.timestamp(), r.source(), r.provider(), model, r.keyId(), tags,
                r.inputTokens() + (prefix != null ? 1500 : 0), 0, 0, r.outputTokens(), null, text,
                text.equals(r.promptText()) ? r.promptHash() : r.promptHash() + "-messy", prefix,
                prefix != null ? 1500 : 0, r.latencyMillis(), r.status(), false);
    }
}
