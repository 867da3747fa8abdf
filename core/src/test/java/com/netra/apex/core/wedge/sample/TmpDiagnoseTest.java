package com.netra.apex.core.wedge.sample;

import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.analysis.*;
import com.netra.apex.core.wedge.ingest.LogReader;
import java.io.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class TmpDiagnoseTest {
    @Test
    void diagnose() throws Exception {
        for (long[] p : new long[][] {{SampleLogs.DEFAULT_SEED, 5000}, {11, 3000}, {7, 20000}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, PlantedWaste> planted = new HashMap<>();
            SampleLogs logs = new SampleLogs(p[0], (int) p[1]);
            logs.forEach(r -> planted.put(r.rowId(), r.waste()));
            PlantedTruth truth = SampleLogFile.write(logs, out);
            List<LogRow> rows = new ArrayList<>();
            new LogReader("acme").read(new ByteArrayInputStream(out.toByteArray()), rows::add);
            WasteReport rep = WasteAnalysis.standard(PriceTableLoader.shipped()).acceptAll(rows).report();
            System.out.println("=== seed " + p[0] + " rows " + p[1] + "\n" + truth.describe());
            for (Finding f : rep.findings()) {
                System.out.println(f.kind() + " " + f.dollars() + " rows=" + f.evidence().rowsAffected() + " " + f.evidence().counts() + " conf=" + f.confidence().value());
                if (f.kind() == FindingKind.ROUTABLE) f.evidence().examples().forEach(e -> System.out.println("   " + e));
            }
        }
    }
}
