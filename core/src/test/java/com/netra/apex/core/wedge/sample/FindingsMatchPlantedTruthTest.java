package com.netra.apex.core.wedge.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.analysis.Finding;
import com.netra.apex.core.wedge.analysis.FindingKind;
import com.netra.apex.core.wedge.analysis.RoutableAnalyzer;
import com.netra.apex.core.wedge.analysis.RowPrices;
import com.netra.apex.core.wedge.analysis.WasteAnalysis;
import com.netra.apex.core.wedge.analysis.WasteReport;
import com.netra.apex.core.wedge.ingest.LogReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Wedge's findings on generated logs against what was planted, read back from the log lines: on the shipped
 * sample and on two other seeds and sizes. Tolerance: routable, prompt bloat and missed caching dollars within
 * ±15% of the planted dollars, and the counts behind them (calls, tokens, cache misses) within ±1%, so a
 * definition that drifts on one side (a longer cache lifetime, a looser answer limit) fails even where its
 * dollars would hide in the margin; near-duplicate dollars within ±5%. Both sides follow the same stated
 * definitions and agree exactly today; the margins are for what the analyzers estimate from the logs and the
 * generator does not (o200k on the joined prompt text, the learned stable prefix, MinHash).
 */
class FindingsMatchPlantedTruthTest {

    private static final Percentage TOLERANCE = withPercentage(15);
    private static final Percentage COUNTS = withPercentage(1);
    private static final Path SHIPPED = Path.of("../eval/sample-logs/openai-requests.jsonl.gz");

    /** One generated log: its lines, what each line planted, and the truth. */
    private record Sample(String name, byte[] lines, Map<String, PlantedWaste> planted, PlantedTruth truth) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Sample> samples;

    /** Generated once for both tests: the 12,000-row log takes seconds to write and read. */
    static synchronized Stream<Sample> samples() throws Exception {
        if (samples == null) {
            samples = List.of(shipped(), generated(11, 3_000), generated(3, 12_000));
        }
        return samples.stream();
    }

    private static Sample shipped() throws Exception {
        Sample generated = generated(SampleLogs.DEFAULT_SEED, 5_000);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SHIPPED))) {
            return new Sample("shipped sample", in.readAllBytes(), generated.planted(), generated.truth());
        }
    }

    private static Sample generated(long seed, int rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleLogs logs = new SampleLogs(seed, rows);
        Map<String, PlantedWaste> planted = new HashMap<>();
        logs.forEach(r -> planted.put(r.rowId(), r.waste()));
        PlantedTruth truth = SampleLogFile.write(logs, out);
        return new Sample("seed " + seed + ", " + rows + " rows", out.toByteArray(), planted, truth);
    }

    private static List<LogRow> read(Sample sample) throws Exception {
        List<LogRow> rows = new ArrayList<>();
        new LogReader("acme").read(new ByteArrayInputStream(sample.lines()), rows::add);
        return rows;
    }

    private static Finding finding(WasteReport report, FindingKind kind) {
        return report.finding(kind).orElseThrow();
    }

    private static BigDecimal usd(Finding f) {
        return f.dollars().orElseThrow().usd();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void routableBloatAndCachingMatchThePlantedTruth(Sample sample) throws Exception {
        PlantedTruth truth = sample.truth();
        WasteReport report = WasteAnalysis.standard(PriceTableLoader.shipped()).acceptAll(read(sample)).report();

        Finding routable = finding(report, FindingKind.ROUTABLE);
        assertThat(usd(routable)).as("routable dollars").isCloseTo(truth.routable().saving().usd(), TOLERANCE);
        assertThat(routable.evidence().rowsAffected()).as("routable calls").isCloseTo(truth.routable().rows(), COUNTS);
        Finding bloat = finding(report, FindingKind.PROMPT_BLOAT);
        assertThat(usd(bloat)).as("bloat dollars").isCloseTo(truth.bloatExcessSpend().usd(), TOLERANCE);
        assertThat(bloat.evidence().counts().get("tokens_saved")).as("bloat tokens")
                .isCloseTo(truth.bloatExcessTokens(), COUNTS);
        Finding caching = finding(report, FindingKind.MISSED_PROMPT_CACHING);
        assertThat(usd(caching)).as("caching dollars").isCloseTo(truth.uncachedCachingSaving().usd(), TOLERANCE);
        assertThat(caching.evidence().rowsAffected()).as("cache misses").isCloseTo(truth.cacheableRepeats(), COUNTS);
        assertThat(usd(finding(report, FindingKind.NEAR_DUPLICATES))).as("near-duplicate dollars")
                .isCloseTo(truth.nearDuplicateWaste().usd(), withPercentage(5));
        assertThat(report.spend()).isEqualTo(truth.pricedSpend());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void ordinaryFlagshipTrafficIsNeverClaimedAsRoutable(Sample sample) throws Exception {
        RoutableAnalyzer analyzer = new RoutableAnalyzer(new RowPrices(PriceTableLoader.shipped()));
        List<LogRow> ordinary = read(sample).stream().filter(r -> sample.planted().get(r.rowId()) != PlantedWaste.EASY_ON_FLAGSHIP
                && sample.planted().get(r.rowId()) != PlantedWaste.NEAR_DUPLICATE).toList();
        ordinary.forEach(analyzer::accept);

        Finding f = analyzer.finding();

        assertThat(f.evidence().counts().get("flagship_rows")).as("flagship rows looked at").isGreaterThan(1_000L);
        assertThat(f.evidence().rowsAffected()).isZero();
        assertThat(f.dollars()).contains(Money.ZERO);
    }
}
