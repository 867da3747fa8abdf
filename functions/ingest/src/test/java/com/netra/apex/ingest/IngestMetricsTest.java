package com.netra.apex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.wedge.SpendAnalysis;
import com.netra.apex.core.wedge.ingest.LogFormat;
import com.netra.apex.core.wedge.ingest.Malformed;
import com.netra.apex.core.wedge.ingest.ReadSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/** The ingest function's metrics are CloudWatch embedded-metric-format lines that CloudWatch turns into metrics. */
class IngestMetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Powertools' metrics writing EMF to stdout, as on Lambda (outside Lambda it would look for a CloudWatch agent). */
    static IngestMetrics onStdout() {
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
        return IngestMetrics.standard();
    }

    @Test
    void anIngestedUploadBecomesOneEmfLineWithItsCounts() throws Exception {
        ReadSummary read = new ReadSummary(LogFormat.OPENAI_JSONL, 120, 3, 0,
                List.of(new Malformed(7, "not JSON")), 50_000, 50_000);
        UploadIngestion.Result result = new UploadIngestion.Result(UploadIngestion.Outcome.INGESTED,
                "reports/tenant=acme/a.jsonl.json", new SpendAnalysis.Ingested("a.jsonl", read, 117, 0, 0));

        List<JsonNode> lines = emitted(() -> onStdout().record("uploads/tenant=acme/a.jsonl", result, 842));

        assertThat(lines).hasSize(1);
        JsonNode emf = lines.get(0);
        JsonNode directive = emf.at("/_aws/CloudWatchMetrics/0");
        assertThat(directive.path("Namespace").asText()).isEqualTo("Apex/Wedge");
        assertThat(directive.path("Metrics").findValuesAsText("Name"))
                .containsExactlyInAnyOrder("UploadsIngested", "RowsRead", "RowsSkipped", "RowsStored", "IngestTime");
        assertThat(emf.path("RowsRead").asDouble()).isEqualTo(120);
        assertThat(emf.path("RowsSkipped").asDouble()).isEqualTo(3);
        assertThat(emf.path("RowsStored").asDouble()).isEqualTo(117);
        assertThat(emf.path("IngestTime").asDouble()).isEqualTo(842);
        assertThat(emf.path("upload").asText()).isEqualTo("uploads/tenant=acme/a.jsonl");
        // No tenant dimension: one metric series for all tenants
        assertThat(directive.path("Dimensions").toString()).doesNotContain("tenant");
    }

    @Test
    void aDeferredOrFailedUploadIsCountedWithoutRows() throws Exception {
        UploadIngestion.Result busy = new UploadIngestion.Result(UploadIngestion.Outcome.BUSY, null, null);

        List<JsonNode> lines = emitted(() -> {
            IngestMetrics metrics = onStdout();
            metrics.record("uploads/tenant=acme/b.jsonl", busy, 12);
            metrics.failed("uploads/tenant=acme/c.jsonl");
        });

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).at("/_aws/CloudWatchMetrics/0/Metrics").findValuesAsText("Name"))
                .containsExactly("UploadsDeferred");
        assertThat(lines.get(1).path("UploadsFailed").asDouble()).isEqualTo(1);
    }

    /** The EMF lines {@code emitting} prints on stdout. */
    private static List<JsonNode> emitted(Runnable emitting) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            emitting.run();
        } finally {
            System.setOut(original);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("{") && line.contains("\"_aws\"")) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
