package com.netra.apex.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.wedge.sample.PlantedTruth;
import com.netra.apex.core.wedge.sample.SampleLogFile;
import com.netra.apex.core.wedge.sample.SampleLogs;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Wedge's API on the local platform: upload logs, read the report, never another tenant's. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WedgeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private GatewayFixture gw;

    @BeforeAll
    void start() {
        gw = GatewayFixture.start();
    }

    @AfterAll
    void stop() {
        gw.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String key) throws Exception {
        if (key != null) {
            request.header("authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String key, byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(gw.baseUrl() + "/v1/wedge/logs?name=october.jsonl"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), key);
    }

    private JsonNode report(String key) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(gw.baseUrl()
                + "/v1/wedge/report?from=2026-09-01&to=2026-11-30")).GET(), key);
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void anUploadIsAnalysedAndTheReportIsTheTenantsOwn() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PlantedTruth truth = SampleLogFile.write(new SampleLogs(11, 400), log);
        String acme = gw.newKey("wedge-acme");

        HttpResponse<String> uploaded = upload(acme, log.toByteArray());

        assertThat(uploaded.statusCode()).isEqualTo(200);
        JsonNode ingested = JSON.readTree(uploaded.body()).path("ingested").get(0);
        assertThat(ingested.path("rows").asLong()).isEqualTo(400);
        assertThat(ingested.path("stored").asLong()).isEqualTo(400);
        JsonNode mine = report(acme);
        assertThat(new BigDecimal(mine.at("/total/spend_usd").asText())).isEqualByComparingTo(truth.pricedSpend().usd());
        // The stored rows read back through the analyzers give the same findings as the upload did.
        assertThat(findingUsd(mine, "near_duplicates")).isEqualTo(findingUsd(JSON.readTree(uploaded.body()), "near_duplicates"));
        assertThat(new BigDecimal(findingUsd(mine, "near_duplicates"))).isEqualByComparingTo(truth.nearDuplicateWaste().usd());
        assertThat(report(gw.newKey("wedge-globex")).at("/total/calls").asLong()).isZero();
    }

    @Test
    void aReportIsKeptOnlyUntilNewLogsArriveForItsDays() throws Exception {
        String initech = gw.newKey("wedge-initech");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        SampleLogFile.write(new SampleLogs(5, 300), first);
        assertThat(upload(initech, first.toByteArray()).statusCode()).isEqualTo(200);

        JsonNode before = report(initech);
        assertThat(report(initech)).isEqualTo(before);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        SampleLogFile.write(new SampleLogs(6, 200), second);
        assertThat(upload(initech, second.toByteArray()).statusCode()).isEqualTo(200);

        assertThat(before.at("/total/calls").asLong()).isEqualTo(300);
        assertThat(report(initech).at("/total/calls").asLong()).isEqualTo(500);
    }

    private static String findingUsd(JsonNode report, String kind) {
        for (JsonNode f : report.at("/waste/findings")) {
            if (f.path("kind").asText().equals(kind)) {
                return f.path("dollars_usd").asText();
            }
        }
        throw new AssertionError("no " + kind + " finding");
    }

    @Test
    void aMalformedLineComesBackWithItsLineNumberAndTheRestIsStored() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SampleLogFile.write(new SampleLogs(12, 20), log);
        String body = log.toString(StandardCharsets.UTF_8).replaceFirst("\n", "\n{\"timestamp\": oops\n");

        HttpResponse<String> uploaded = upload(gw.newKey("wedge-malformed"), body.getBytes(StandardCharsets.UTF_8));

        JsonNode ingested = JSON.readTree(uploaded.body()).path("ingested").get(0);
        assertThat(ingested.path("rows").asLong()).isEqualTo(20);
        assertThat(ingested.path("skipped").asLong()).isEqualTo(1);
        assertThat(ingested.at("/problems/0/line").asLong()).isEqualTo(2);
    }

    @Test
    void withoutAKeyThereIsNoReport() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(gw.baseUrl() + "/v1/wedge/report")).GET(), null);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("\"error\"");
    }
}
