package com.netra.apex.core.wedge.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.wedge.ingest.LogFormat;
import com.netra.apex.core.wedge.ingest.LogReader;
import com.netra.apex.core.wedge.ingest.ReadSummary;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The sample shipped in eval/ is what the generator makes today, so its README's planted figures hold. */
class ShippedSampleTest {

    private static final Path SAMPLE = Path.of("../eval/sample-logs/openai-requests.jsonl.gz");

    @Test
    void theShippedSampleIsTheGeneratorsOutputAndReadsCleanly() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        PlantedTruth truth = SampleLogFile.write(new SampleLogs(SampleLogs.DEFAULT_SEED, 5_000), expected);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SAMPLE))) {
            assertThat(in.readAllBytes()).as("regenerate the sample and its README after changing the generator")
                    .isEqualTo(expected.toByteArray());
        }
        ReadSummary summary = new LogReader("acme").read(SAMPLE, row -> { });
        assertThat(summary.format()).isEqualTo(LogFormat.OPENAI_JSONL);
        assertThat(summary.rows()).isEqualTo(5_000);
        assertThat(summary.skipped()).isZero();
        assertThat(Files.readString(Path.of("../eval/sample-logs/README.md"))).contains(truth.describe().trim());
    }
}
