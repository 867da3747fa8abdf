package com.netra.apex.local.wedge;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.wedge.SpendReport;
import com.netra.apex.core.wedge.analysis.FindingKind;
import com.netra.apex.core.wedge.sample.PlantedTruth;
import com.netra.apex.core.wedge.sample.PlantedWaste;
import com.netra.apex.core.wedge.sample.SampleLogFile;
import com.netra.apex.core.wedge.sample.SampleLogs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `apex analyze` end to end on generated logs whose waste is known: DuckDB, Parquet, the analyzers, the reports.
 * Tolerances: spend and exact duplicates exact to the micro-dollar; near-duplicates within 2%; routable,
 * prompt bloat and missed caching within 15% (the definitions they share with the truth are in
 * eval/sample-logs/README.md).
 */
class AnalyzeTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void spendAndExactDuplicatesMatchThePlantedTruthToTheMicroDollar() throws Exception {
        Path log = dir.resolve("calls.jsonl.gz");
        PlantedTruth truth = SampleLogFile.write(new SampleLogs(7, 3_000), log, 1);

        SpendReport report = LocalWedge.analyze(List.of(log.toString()), "acme", dir.resolve("out"), null, true, out);

        assertThat(report.rowsRead()).isEqualTo(3_000);
        assertThat(report.total().spendUsd()).isEqualByComparingTo(truth.pricedSpend().usd());
        assertThat(report.duplicates().wastedUsd()).isEqualByComparingTo(truth.of(PlantedWaste.EXACT_DUPLICATE).spend().usd());
        assertThat(report.unpriced()).isNotEmpty();
        // Near-duplicates are found by word shingles and the meaning guard: within 2% of the planted waste.
        assertThat(report.findingUsd(FindingKind.NEAR_DUPLICATES))
                .isCloseTo(truth.nearDuplicateWaste().usd(), org.assertj.core.data.Percentage.withPercentage(2));
        assertThat(report.findingUsd(FindingKind.ROUTABLE))
                .isCloseTo(truth.routable().saving().usd(), org.assertj.core.data.Percentage.withPercentage(15));
        assertThat(report.findingUsd(FindingKind.PROMPT_BLOAT))
                .isCloseTo(truth.bloatExcessSpend().usd(), org.assertj.core.data.Percentage.withPercentage(15));
        assertThat(report.findingUsd(FindingKind.MISSED_PROMPT_CACHING))
                .isCloseTo(truth.uncachedCachingSaving().usd(), org.assertj.core.data.Percentage.withPercentage(15));
        assertThat(Files.readString(dir.resolve("out/report.html"))).contains("<svg", "Identical requests sent again");
        assertThat(Files.readString(dir.resolve("out/report.json"))).contains("\"format\" : \"apex-wedge-report/1\"")
                .contains("\"monthly_run_rate_usd\"", "\"week_over_week\"");
        assertThat(Files.readString(dir.resolve("out/report.html"))).contains("Monthly run rate $");
        String last = printed.toString(StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).startsWith("rows=3000 skipped=0 spend_usd=").contains("duplicate_spend_usd=", "seconds=");
    }

    @Test
    void aMalformedLineIsReportedWithItsNumberAndEverythingElseIsKept() throws Exception {
        Path log = dir.resolve("calls.jsonl");
        SampleLogFile.write(new SampleLogs(8, 50), Files.newOutputStream(log));
        List<String> lines = Files.readAllLines(log);
        lines.add(10, "{\"timestamp\": \"2026-10-02T10:00:00Z\", \"request\": ");
        Files.write(log, lines);

        SpendReport report = LocalWedge.analyze(List.of(log.toString()), "acme", dir.resolve("out"), null, false, out);

        assertThat(report.rowsRead()).isEqualTo(50);
        assertThat(report.rowsSkipped()).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("line 11");
    }

    @Test
    void analysingTheSameFileAgainIntoAKeptStoreCountsNothingTwice() throws Exception {
        Path log = dir.resolve("calls.jsonl.gz");
        SampleLogFile.write(new SampleLogs(9, 500), log, 1);
        Path keep = dir.resolve("wedge");

        SpendReport first = LocalWedge.analyze(List.of(log.toString()), "acme", dir.resolve("a"), keep, false, out);
        SpendReport second = LocalWedge.analyze(List.of(log.toString()), "acme", dir.resolve("b"), keep, false, out);

        assertThat(first.ingested().get(0).stored()).isEqualTo(500);
        assertThat(second.ingested().get(0).stored()).isZero();
        assertThat(second.total().calls()).isEqualTo(first.total().calls());
        assertThat(second.total().spendUsd()).isEqualByComparingTo(first.total().spendUsd());
    }
}
