package com.netra.apex.local.wedge;

import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.wedge.SpendAnalysis;
import com.netra.apex.core.wedge.SpendReport;
import com.netra.apex.core.wedge.analysis.Finding;
import com.netra.apex.core.wedge.analysis.FindingKind;
import com.netra.apex.core.wedge.report.SpendReportHtml;
import com.netra.apex.core.wedge.report.SpendReportJson;
import com.netra.apex.report.WedgeStorage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The Wedge on this machine, on the report API's own storage: DuckDB over a folder of Parquet stands in for Athena over S3. */
public final class LocalWedge {

    private LocalWedge() {
    }

    /** @param keepIn the folder to keep the logs in (the data directory's), or null for a throwaway store */
    public static SpendReport analyze(List<String> files, String tenant, Path outDir, Path keepIn, boolean findings,
                                      PrintStream out) throws IOException {
        long started = System.nanoTime();
        Path root = keepIn != null ? keepIn : Files.createTempDirectory("apex-wedge");
        PriceTable prices = PriceTableLoader.shipped();
        SpendReport report;
        try (WedgeStorage storage = WedgeStorage.onFolder(root.toString(), prices)) {
            SpendAnalysis analysis = storage.analysis(tenant, findings);
            for (String file : files) {
                ingest(analysis, Path.of(file), out);
            }
            long queried = System.nanoTime();
            report = analysis.report();
            out.printf(Locale.ROOT, "queried in %.1f s%n", (System.nanoTime() - queried) / 1e9);
        } finally {
            if (keepIn == null) {
                deleteRecursively(root);
            }
        }
        write(report, outDir, out);
        print(report, (System.nanoTime() - started) / 1e9, out);
        return report;
    }

    private static void ingest(SpendAnalysis analysis, Path file, PrintStream out) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        try (Progress in = new Progress(Files.newInputStream(file), file.getFileName().toString(), Files.size(file), System.err)) {
            SpendAnalysis.Ingested result = analysis.ingest(file.toString(), in);
            in.done();
            out.printf(Locale.ROOT, "%s: %s, %,d rows, %,d skipped, %,d new (read and analysed in %.1f s, stored in %.1f s)%n",
                    file, result.read().format(), result.read().rows(), result.read().skipped(), result.stored(),
                    result.readNanos() / 1e9, result.storeNanos() / 1e9);
            result.read().problems().forEach(p -> out.println("  skipped line " + p.lineNumber() + ": " + p.reason()));
        }
    }

    private static void write(SpendReport report, Path outDir, PrintStream out) throws IOException {
        Files.createDirectories(outDir);
        Path html = outDir.resolve("report.html");
        Path json = outDir.resolve("report.json");
        Files.writeString(html, SpendReportHtml.render(report), StandardCharsets.UTF_8);
        Files.writeString(json, SpendReportJson.write(report), StandardCharsets.UTF_8);
        out.println("wrote " + html + " and " + json);
    }

    private static void print(SpendReport r, double seconds, PrintStream out) {
        out.printf(Locale.ROOT, "%nSpend %s on %,d calls, %s to %s%n", SpendReportHtml.dollars(r.total().spendUsd()),
                r.total().calls(), r.scope().from(), r.scope().to());
        r.byModel().stream().limit(5).forEach(m -> out.printf(Locale.ROOT, "  %-40s %,10d calls %14s%n",
                m.provider() + "/" + m.model(), m.calls(), SpendReportHtml.dollars(m.spendUsd())));
        out.println("Trend: " + SpendReportHtml.trend(r.trend()));
        out.println("Waste found (per month, extrapolated from the logs' span):");
        for (Finding f : r.waste().ranked()) {
            out.printf(Locale.ROOT, "  %-52s %14s  confidence %.0f%%%n", f.title(), f.dollarsPerMonth()
                    .map(m -> SpendReportHtml.dollars(m.usd())).orElse("unknown"), f.confidence().value() * 100);
        }
        out.printf(Locale.ROOT, "rows=%d skipped=%d spend_usd=%s duplicate_spend_usd=%s near_duplicate_spend_usd=%s"
                        + " routable_spend_usd=%s seconds=%.2f%n", r.rowsRead(), r.rowsSkipped(), plain(r.total().spendUsd()),
                plain(r.duplicates().wastedUsd()), plain(r.findingUsd(FindingKind.NEAR_DUPLICATES)),
                plain(r.findingUsd(FindingKind.ROUTABLE)), seconds);
    }

    private static String plain(java.math.BigDecimal v) {
        return v.setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
