package com.netra.apex.core.wedge.ingest;

import com.netra.apex.core.wedge.sample.SampleLogFile;
import com.netra.apex.core.wedge.sample.SampleLogs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;

/**
 * Measures the reader's throughput on generated logs (not a test: run by hand, the machine's load decides
 * wall time). Reports CPU time of the reading thread as well as wall time, because a shared machine can
 * halve the wall-clock rate without the reader getting slower.
 * Usage: {@code ReadThroughput <file> [rows to generate if the file is missing] [repetitions]}.
 */
public final class ReadThroughput {

    private ReadThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        if (!Files.exists(file)) {
            SampleLogFile.write(new SampleLogs(SampleLogs.DEFAULT_SEED, Integer.parseInt(args[1])), file, Deflater.BEST_SPEED);
        }
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < repetitions; i++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long[] promptChars = {0};
            ReadSummary s = new LogReader("bench").read(file, row -> promptChars[0] += row.promptText() == null ? 0 : 1);
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("%s: %d rows, %d skipped, %.0f MB text in %.1f s wall / %.1f s cpu: %,.0f rows/s wall, "
                            + "%,.0f rows/s cpu, %.0f MB/s cpu%n", s.format(), s.rows(), s.skipped(), s.textBytes() / 1e6,
                    wallSeconds, cpuSeconds, s.rows() / wallSeconds, s.rows() / cpuSeconds, s.textBytes() / 1e6 / cpuSeconds);
        }
    }
}
