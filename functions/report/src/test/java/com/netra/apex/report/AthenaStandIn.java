package com.netra.apex.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * WireMock playing Athena's JSON 1.1 API for the report: each tenant's queries (told apart by the first
 * execution parameter, which is always the tenant) get that tenant's scripted total and models; other queries
 * an empty result. Any query naming no known tenant gets no stub, so the SDK call fails loudly.
 */
final class AthenaStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOTAL = "AS first_call_ms";
    private static final String BY_MODEL = "ORDER BY spend_usd DESC NULLS LAST, provider, model";

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    AthenaStandIn() {
        server.start();
        server.stubFor(call("GetQueryExecution").willReturn(json("{\"QueryExecution\":{\"Status\":{\"State\":\"SUCCEEDED\"}}}")));
    }

    String endpoint() {
        return server.baseUrl();
    }

    /** The tenant's totals: calls and spend over the scope, and the one model it used. */
    void tenant(String tenant, long calls, String spendUsd, String provider, String model) {
        String first = "1771581600000"; // 2026-02-20T10:00:00Z
        start(tenant, TOTAL, tenant + "-total", 1);
        start(tenant, BY_MODEL, tenant + "-models", 1);
        start(tenant, "SELECT", tenant + "-empty", 5); // every other query: lower priority, no rows
        results(tenant + "-total", List.of(String.valueOf(calls), spendUsd, "0", "100", "20", "2", first, first));
        results(tenant + "-models", List.of(provider, model, String.valueOf(calls), "100", "20", spendUsd));
        results(tenant + "-empty", null);
    }

    /** The StartQueryExecution requests received, in order. */
    List<LoggedRequest> started() {
        return server.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AmazonAthena.StartQueryExecution")));
    }

    void forgetRequests() {
        server.resetRequests();
    }

    private void start(String tenant, String sqlContaining, String id, int priority) {
        server.stubFor(call("StartQueryExecution").atPriority(priority)
                .withRequestBody(matchingJsonPath("$.ExecutionParameters[0]", equalTo("'" + tenant + "'")))
                .withRequestBody(matchingJsonPath("$.QueryString", containing(sqlContaining)))
                .willReturn(json("{\"QueryExecutionId\":\"" + id + "\"}")));
    }

    /** One page: Athena's header row first, then the row (if any) as text cells. */
    private void results(String id, List<String> row) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode rows = page.putObject("ResultSet").putArray("Rows");
        ArrayNode header = rows.addObject().putArray("Data");
        int columns = row == null ? 1 : row.size();
        for (int i = 0; i < columns; i++) {
            header.addObject().put("VarCharValue", "c" + i);
        }
        if (row != null) {
            ArrayNode data = rows.addObject().putArray("Data");
            row.forEach(cell -> data.addObject().put("VarCharValue", cell));
        }
        server.stubFor(call("GetQueryResults").withRequestBody(equalToJson("{\"QueryExecutionId\":\"" + id + "\"}", true, true))
                .willReturn(json(page.toString())));
    }

    private static MappingBuilder call(String action) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonAthena." + action));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
