package com.netra.apex.analytics.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.netra.apex.core.wedge.sql.SqlDialect;
import com.netra.apex.core.wedge.store.ModelSpend;
import com.netra.apex.core.wedge.store.SpendQueries;
import com.netra.apex.core.wedge.store.SpendTotal;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;

/** The Athena engine over real HTTP: WireMock plays Athena's JSON 1.1 API. */
class AthenaSqlEngineTest {

    private static final String JSON = "application/x-amz-json-1.1";
    private static final AthenaTarget TARGET = new AthenaTarget(SqlDialect.ATHENA_TABLE, "apex-wedge",
            "s3://apex-results/athena/", Duration.ofSeconds(30));

    private WireMockServer athena;
    private AthenaClient client;

    @BeforeEach
    void start() {
        athena = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        athena.start();
        client = AthenaClient.builder().endpointOverride(URI.create(athena.baseUrl())).region(Region.US_EAST_1)
                .credentialsProvider(S3Emulator.credentials()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        athena.stop();
    }

    @Test
    void parametersAreSentAsQuotedLiteralsInTheWorkgroupAndResultsArePaged() {
        athena.stubFor(call("StartQueryExecution").willReturn(json("{\"QueryExecutionId\":\"q-1\"}")));
        athena.stubFor(call("GetQueryExecution").inScenario("poll").whenScenarioStateIs(STARTED)
                .willReturn(json(state("q-1", "RUNNING", null))).willSetStateTo("done"));
        athena.stubFor(call("GetQueryExecution").inScenario("poll").whenScenarioStateIs("done")
                .willReturn(json(state("q-1", "SUCCEEDED", null))));
        athena.stubFor(call("GetQueryResults").withRequestBody(equalToJson("{\"QueryExecutionId\":\"q-1\"}", true, false))
                .willReturn(json(page("\"page-2\"", List.of("name", "calls"), List.of("o'brien", "2"), Arrays.asList("x", null)))));
        athena.stubFor(call("GetQueryResults").withRequestBody(matchingJsonPath("$.NextToken", equalTo("page-2")))
                .willReturn(json(page(null, List.of("last", "7")))));

        AthenaSqlEngine engine = new AthenaSqlEngine(client, TARGET);
        List<List<String>> rows = engine.rows("SELECT name, calls FROM apex_wedge.logs WHERE tenant = ? AND \"date\" >= ? LIMIT ?",
                List.of("o'brien", "2025-03-01", 5));

        assertThat(rows).containsExactly(List.of("o'brien", "2"), Arrays.asList("x", null), List.of("last", "7"));
        // The SDK adds a ClientRequestToken (so its own retries never start a second query): extra fields allowed.
        assertThat(only("StartQueryExecution").getBodyAsString()).contains("\"ClientRequestToken\":");
        athena.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(equalToJson("""
                {"QueryString":"SELECT name, calls FROM apex_wedge.logs WHERE tenant = ? AND \\"date\\" >= ? LIMIT ?",
                 "QueryExecutionContext":{"Database":"apex_wedge","Catalog":"AwsDataCatalog"},
                 "ResultConfiguration":{"OutputLocation":"s3://apex-results/athena/"},
                 "WorkGroup":"apex-wedge",
                 "ExecutionParameters":["'o''brien'","'2025-03-01'","5"]}""", false, true)));
        athena.verify(2, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonAthena.GetQueryExecution")));
    }

    @Test
    void aWorkgroupWithItsOwnResultLocationAndSqlWithoutParameters() {
        athena.stubFor(call("StartQueryExecution").willReturn(json("{\"QueryExecutionId\":\"q-2\"}")));
        athena.stubFor(call("GetQueryExecution").willReturn(json(state("q-2", "SUCCEEDED", null))));
        athena.stubFor(call("GetQueryResults").willReturn(json(page(null, List.of("one")))));

        AthenaTarget enforced = new AthenaTarget("apex_wedge.logs", "apex-wedge", null, Duration.ofSeconds(5));
        assertThat(new AthenaSqlEngine(client, enforced).rows("SELECT 1 AS one", List.of())).isEmpty();

        String body = only("StartQueryExecution").getBodyAsString();
        assertThat(body).doesNotContain("ResultConfiguration", "ExecutionParameters").contains("\"WorkGroup\":\"apex-wedge\"");
    }

    @Test
    void aFailedQueryRaisesAthenasReason() {
        athena.stubFor(call("StartQueryExecution").willReturn(json("{\"QueryExecutionId\":\"q-3\"}")));
        athena.stubFor(call("GetQueryExecution").willReturn(json(state("q-3", "FAILED",
                "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.apex_wedge.logs' does not exist"))));

        assertThatThrownBy(() -> new AthenaSqlEngine(client, TARGET).rows("SELECT 1", List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("q-3 FAILED")
                .hasMessageContaining("TABLE_NOT_FOUND: line 1:15");
        athena.verify(0, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonAthena.GetQueryResults")));
    }

    @Test
    void theSpendQueriesReadAthenaRowsWithTheSameCodeAsDuckDbs() {
        athena.stubFor(call("StartQueryExecution").withRequestBody(matchingJsonPath("$.QueryString", containing("AS first_call_ms")))
                .willReturn(json("{\"QueryExecutionId\":\"total\"}")));
        athena.stubFor(call("StartQueryExecution").withRequestBody(matchingJsonPath("$.QueryString", containing("GROUP BY provider, model")))
                .willReturn(json("{\"QueryExecutionId\":\"by-model\"}")));
        athena.stubFor(call("GetQueryExecution").willReturn(json(state("any", "SUCCEEDED", null))));
        athena.stubFor(call("GetQueryResults").withRequestBody(matchingJsonPath("$.QueryExecutionId", equalTo("total")))
                .willReturn(json(page(null, List.of("calls", "spend_usd", "unpriced_calls", "input_tokens", "output_tokens",
                                "distinct_prompts", "first_call_ms", "last_call_ms"),
                        List.of("9", "1.891956790", "1", "4110", "2060", "5", "1740823200000", "1741010400000")))));
        athena.stubFor(call("GetQueryResults").withRequestBody(matchingJsonPath("$.QueryExecutionId", equalTo("by-model")))
                .willReturn(json(page(null, List.of("provider", "model", "calls", "input_tokens", "output_tokens", "spend_usd"),
                        List.of("openai", "gpt-4o", "6", "2000", "1000", "1.865000001"),
                        Arrays.asList("anthropic", "claude-unknown-9", "1", "100", "50", null)))));

        SpendQueries queries = new AthenaSqlEngine(client, TARGET).spendQueries();
        WedgeScope scope = WedgeScope.of("acme", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-03"));

        assertThat(queries.total(scope)).isEqualTo(new SpendTotal(9, new BigDecimal("1.891956790"), 1, 4110, 2060, 5,
                Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-03T14:00:00Z")));
        assertThat(queries.byModel(scope)).extracting(ModelSpend::model, ModelSpend::calls)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gpt-4o", 6L),
                        org.assertj.core.groups.Tuple.tuple("claude-unknown-9", 1L));
        // Every query is the Athena rendering, scoped to the tenant and days by parameters, never by concatenation.
        for (LoggedRequest start : athena.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AmazonAthena.StartQueryExecution")))) {
            assertThat(start.getBodyAsString()).contains("FROM apex_wedge.logs", "\"ExecutionParameters\":[\"'acme'\","
                    + "\"'2025-03-01'\",\"'2025-03-03'\"]").doesNotContain("read_parquet", "'acme' AND");
        }
    }

    @Test
    void onlyTextAndWholeNumbersAreParameters() {
        assertThat(AthenaSqlEngine.literal("it's")).isEqualTo("'it''s'");
        assertThat(AthenaSqlEngine.literal(42)).isEqualTo("42");
        assertThatThrownBy(() -> AthenaSqlEngine.literal(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AthenaSqlEngine.literal(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AthenaTarget("logs", "wg", null, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AthenaTarget("apex_wedge.logs; DROP", "wg", null, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MappingBuilder call(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonAthena." + operation));
    }

    private LoggedRequest only(String operation) {
        List<LoggedRequest> requests = athena.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AmazonAthena." + operation)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody(body);
    }

    private static String state(String id, String state, String reason) {
        return "{\"QueryExecution\":{\"QueryExecutionId\":\"" + id + "\",\"Status\":{\"State\":\"" + state + "\""
                + (reason == null ? "" : ",\"StateChangeReason\":\"" + reason + "\"") + "}}}";
    }

    /** One GetQueryResults page; a null cell is a Datum without VarCharValue, as Athena sends SQL NULL. */
    @SafeVarargs
    private static String page(String nextToken, List<String>... rows) {
        StringBuilder out = new StringBuilder("{\"ResultSet\":{\"Rows\":[");
        for (int r = 0; r < rows.length; r++) {
            out.append(r == 0 ? "" : ",").append("{\"Data\":[");
            for (int c = 0; c < rows[r].size(); c++) {
                String cell = rows[r].get(c);
                out.append(c == 0 ? "" : ",").append(cell == null ? "{}" : "{\"VarCharValue\":\"" + cell + "\"}");
            }
            out.append("]}");
        }
        return out.append("]}").append(nextToken == null ? "" : ",\"NextToken\":" + nextToken).append("}").toString();
    }
}
