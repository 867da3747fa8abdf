package com.netra.apex.core.wedge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.sample.SampleLogFile;
import com.netra.apex.core.wedge.sample.SampleLogs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing on several threads must give exactly the one-thread read: the same rows in the same order, the same problems. */
class ParallelReadTest {

    @Test
    void manyChunksOfLinesReadExactlyAsOnOneThread() throws IOException {
        byte[] logs = damaged(sample(12_000));

        Read one = read(new LogReader("t").withWorkers(1), logs);
        Read four = read(new LogReader("t").withWorkers(4), logs);

        assertThat(one.rows).hasSizeGreaterThan(11_000);
        assertThat(four.rows).containsExactlyElementsOf(one.rows);
        assertThat(four.summary).isEqualTo(one.summary);
        assertThat(four.summary.skipped()).isEqualTo(3);
        assertThat(four.summary.repeated()).isEqualTo(1);
        assertThat(four.summary.problems()).extracting(Malformed::lineNumber).containsExactly(3L, 5_001L, 11_999L);
    }

    @Test
    void aFileOfNoKnownFormatIsStillGivenUpOnAfterAHundredRecords() throws IOException {
        byte[] logs = "{\"what\":1}\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);

        Read read = read(new LogReader("t").withWorkers(2), logs);

        assertThat(read.rows).isEmpty();
        assertThat(read.summary.skipped()).isEqualTo(Ingestion.UNRECOGNISED_LIMIT);
    }

    @Test
    void aFailureOfTheReceiverStopsTheReadWithThatFailure() throws IOException {
        byte[] logs = sample(10_000);
        List<LogRow> seen = new ArrayList<>();

        assertThatThrownBy(() -> new LogReader("t").withWorkers(2).read(new ByteArrayInputStream(logs), row -> {
            if (seen.size() == 6_000) {
                throw new IllegalStateException("store is full");
            }
            seen.add(row);
        })).hasMessage("store is full");
        assertThat(seen).hasSize(6_000);
    }

    private record Read(List<LogRow> rows, ReadSummary summary) {
    }

    private static Read read(LogReader reader, byte[] logs) throws IOException {
        List<LogRow> rows = new ArrayList<>();
        ReadSummary summary = reader.read(new ByteArrayInputStream(logs), rows::add);
        return new Read(rows, summary);
    }

    private static byte[] sample(int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleLogFile.write(new SampleLogs(7, rows), out);
        return out.toByteArray();
    }

    /** Line 3 is cut short, line 5,001 is not JSON, line 11,999 is an array; line 7 comes back as line 8,000. */
    private static byte[] damaged(byte[] logs) {
        String[] lines = new String(logs, StandardCharsets.UTF_8).split("\n");
        lines[2] = lines[2].substring(0, 40);
        lines[5_000] = "not json at all";
        lines[11_998] = "[1, 2]";
        lines[7_999] = lines[6];
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
