package com.netra.apex.core.wedge.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.wedge.ingest.LogFormat;
import com.netra.apex.core.wedge.ingest.LogReader;
import com.netra.apex.core.wedge.ingest.ReadSummary;
import com.netra.apex.core.wedge.LogRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLogsTest {

    private static final int ROWS = 3_000;

    private static List<SampleRow> rows(long seed, int n) {
        List<SampleRow> rows = new ArrayList<>();
        new SampleLogs(seed, n).forEach(rows::add);
        return rows;
    }

    @Test
    void theSameSeedGivesTheSameLinesAndTruth() {
        List<String> first = rows(7, 500).stream().map(SampleRow::line).toList();
        assertThat(rows(7, 500).stream().map(SampleRow::line).toList()).isEqualTo(first);
        assertThat(new SampleLogs(7, 500).truth()).isEqualTo(new SampleLogs(7, 500).truth());
        assertThat(rows(8, 500).stream().map(SampleRow::line).toList()).isNotEqualTo(first);
    }

    @Test
    void rowsSpanThirtyDaysInTimeOrderWithEveryKindOfWastePlanted() {
        List<SampleRow> rows = rows(SampleLogs.DEFAULT_SEED, ROWS);
        assertThat(rows).extracting(SampleRow::timestamp).isSorted();
        assertThat(rows.get(0).timestamp()).isAfterOrEqualTo(SampleLogs.DEFAULT_START);
        assertThat(rows.get(ROWS - 1).timestamp()).isBefore(SampleLogs.DEFAULT_START.plus(SampleLogs.PERIOD))
                .isAfter(SampleLogs.DEFAULT_START.plus(SampleLogs.PERIOD.minusDays(1)));
        Map<PlantedWaste, Long> counts = rows.stream().collect(Collectors.groupingBy(SampleRow::waste, Collectors.counting()));
        assertThat(counts).containsOnlyKeys(PlantedWaste.values());
        assertThat(counts.get(PlantedWaste.NONE)).isBetween(1_650L, 1_950L);
        for (PlantedWaste w : PlantedWaste.values()) {
            assertThat(counts.get(w)).as(w.name()).isGreaterThan(80);
        }
    }

    @Test
    void theTruthAddsUpTheRowsItDescribes() {
        List<SampleRow> rows = new ArrayList<>();
        PlantedTruth truth = new SampleLogs(SampleLogs.DEFAULT_SEED, ROWS).forEach(rows::add);
        assertThat(truth.rows()).isEqualTo(ROWS);
        assertThat(truth.pricedSpend()).isEqualTo(rows.stream().map(SampleRow::cost).filter(c -> c != null)
                .reduce(Money.ZERO, Money::plus));
        for (PlantedWaste w : PlantedWaste.values()) {
            List<SampleRow> kind = rows.stream().filter(r -> r.waste() == w).toList();
            assertThat(truth.of(w).rows()).as(w.name()).isEqualTo(kind.size());
            assertThat(truth.of(w).spend()).as(w.name())
                    .isEqualTo(kind.stream().map(SampleRow::cost).filter(c -> c != null).reduce(Money.ZERO, Money::plus));
        }
        assertThat(rows.stream().filter(r -> r.cost() == null)).allMatch(r -> r.waste() == PlantedWaste.UNPRICED_MODEL);
        assertThat(truth.unpricedModels()).containsExactlyInAnyOrder(SampleTraffic.UNPRICED_MODELS);
        // Every cluster's first request is not waste, so the waste is the near-duplicates' spend minus one per cluster.
        assertThat(truth.nearDuplicateFamilies()).isGreaterThanOrEqualTo(SamplePrompts.NEAR_DUPLICATE_FAMILIES);
        assertThat(truth.nearDuplicateWaste()).isLessThan(truth.of(PlantedWaste.NEAR_DUPLICATE).spend()).isGreaterThan(Money.ZERO);
        assertThat(truth.routable().onCheaperModels()).isLessThan(truth.routable().spend()).isGreaterThan(Money.ZERO);
        assertThat(truth.routable().rows()).isGreaterThan(truth.of(PlantedWaste.EASY_ON_FLAGSHIP).rows());
        assertThat(truth.bloatExcessSpend()).isLessThan(truth.of(PlantedWaste.BLOATED_PROMPT).spend()).isGreaterThan(Money.ZERO);
        assertThat(truth.cacheableRepeats()).isPositive().isLessThan(truth.of(PlantedWaste.UNCACHED_SYSTEM_PROMPT).rows());
        assertThat(truth.uncachedCachingSaving()).isLessThan(truth.of(PlantedWaste.UNCACHED_SYSTEM_PROMPT).spend())
                .isGreaterThan(Money.ZERO);
    }

    @Test
    void writesAGzipFileTheReaderReadsBackWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("logs.jsonl.gz");
        PlantedTruth truth = SampleLogFile.write(new SampleLogs(3, 400), file, 6);
        assertThat(Files.readAllBytes(file)).startsWith((byte) 0x1f, (byte) 0x8b);
        List<LogRow> read = new ArrayList<>();
        ReadSummary summary = new LogReader("acme").read(file, read::add);
        assertThat(summary.format()).isEqualTo(LogFormat.OPENAI_JSONL);
        assertThat(summary.skipped()).isZero();
        assertThat(read).extracting(LogRow::rowId)
                .isEqualTo(rows(3, 400).stream().map(SampleRow::rowId).toList());
        assertThat(truth.rows()).isEqualTo(400);

        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        SampleLogFile.write(new SampleLogs(3, 400), plain);
        List<LogRow> again = new ArrayList<>();
        new LogReader("acme").read(new ByteArrayInputStream(plain.toByteArray()), again::add);
        assertThat(again).isEqualTo(read);
    }
}
