package com.netra.apex.core.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageRecordCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static UsageRecord withCost(UsageRecord r, Cost cost) {
        return new UsageRecord(r.requestId(), r.tenantId(), r.keyId(), r.receivedAt(), r.endpoint(), r.provider(),
                r.requestedModel(), r.servedModel(), r.streamed(), r.tokens(), cost, r.status(), r.outcome(),
                r.latencyMillis(), r.firstTokenMillis(), r.cacheStatus());
    }

    @Test
    void roundTripsEveryField() {
        UsageRecord r = UsageRecords.record("req-1");
        String line = UsageRecordCodec.toLine(r);
        assertThat(line).doesNotContain("\n");
        assertThat(UsageRecordCodec.fromLine(line)).isEqualTo(r);
    }

    @Test
    void roundTripsTheFieldsByName() throws Exception {
        JsonNode n = JSON.readTree(UsageRecordCodec.toLine(UsageRecords.record("req-1")));
        assertThat(n.path("request_id").asText()).isEqualTo("req-1");
        assertThat(n.path("tenant_id").asText()).isEqualTo("acme");
        assertThat(n.path("key_id").asText()).isEqualTo("k1a2b3c4d5e6");
        assertThat(n.path("received_at").asText()).isEqualTo("2026-01-15T10:15:30.123456789Z");
        assertThat(n.path("endpoint").asText()).isEqualTo("/v1/chat/completions");
        assertThat(n.path("provider").asText()).isEqualTo("openai");
        assertThat(n.path("requested_model").asText()).isEqualTo("gpt-4o");
        assertThat(n.path("served_model").asText()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(n.path("streamed").asBoolean()).isTrue();
        assertThat(n.path("input_tokens").asLong()).isEqualTo(600);
        assertThat(n.path("cached_input_tokens").asLong()).isEqualTo(400);
        assertThat(n.path("cache_write_tokens").asLong()).isZero();
        assertThat(n.path("output_tokens").asLong()).isEqualTo(120);
        assertThat(n.path("status").asInt()).isEqualTo(200);
        assertThat(n.path("outcome").asText()).isEqualTo("completed");
        assertThat(n.path("latency_ms").asLong()).isEqualTo(842);
        assertThat(n.path("first_token_ms").asLong()).isEqualTo(125);
        assertThat(n.path("cache_status").asText()).isEqualTo("none");
        assertThat(n.path("cost_usd").isTextual()).isTrue();
        assertThat(n.path("cost_usd").asText()).isEqualTo("0.0032");
        assertThat(n.path("price_version").asText()).isEqualTo("2026-11-01");
    }

    @Test
    void exactDecimalCostsSurviveTheRoundTrip() {
        for (String amount : new String[] {"0.00000015", "0.000000000000000001", "123456789.123456789", "0",
                "-0.5"}) {
            UsageRecord r = withCost(UsageRecords.record("req"), Cost.of(Money.usd(amount), "v"));
            String line = UsageRecordCodec.toLine(r);
            assertThat(line).as(amount).contains("\"cost_usd\":\"" + Money.usd(amount).toPlainString() + "\"");
            assertThat(Money.usd(amount).toPlainString()).doesNotContainIgnoringCase("e");
            UsageRecord back = UsageRecordCodec.fromLine(line);
            assertThat(back.cost().amount()).as(amount).contains(Money.usd(amount));
            assertThat(back.cost().amount().orElseThrow().usd()).isEqualByComparingTo(amount);
            assertThat(back).isEqualTo(r);
        }
    }

    @Test
    void unpricedStaysUnpricedNotZero() throws Exception {
        UsageRecord r = withCost(UsageRecords.record("req-u"), Cost.unpriced());
        String line = UsageRecordCodec.toLine(r);
        JsonNode n = JSON.readTree(line);
        assertThat(n.has("cost_usd")).isTrue();
        assertThat(n.get("cost_usd").isNull()).isTrue();
        assertThat(n.has("price_version")).isFalse();

        UsageRecord back = UsageRecordCodec.fromLine(line);
        assertThat(back.cost().priced()).isFalse();
        assertThat(back.cost()).isEqualTo(Cost.unpriced());
        assertThat(back).isEqualTo(r);
    }

    @Test
    void zeroCostStaysPricedZero() {
        UsageRecord r = withCost(UsageRecords.record("req-z"), Cost.of(Money.ZERO, "v1"));
        UsageRecord back = UsageRecordCodec.fromLine(UsageRecordCodec.toLine(r));
        assertThat(back.cost().priced()).isTrue();
        assertThat(back.cost().amount()).contains(Money.ZERO);
    }

    @Test
    void nullableFieldsRoundTripAsNull() {
        UsageRecord r = new UsageRecord("req-n", "acme", null, Instant.parse("2026-01-01T00:00:00Z"),
                "/v1/chat/completions", null, "no-such-model", null, false, TokenUsage.NONE, Cost.unpriced(), 400,
                "rejected", 3, -1, null);
        assertThat(UsageRecordCodec.fromLine(UsageRecordCodec.toLine(r))).isEqualTo(r);
    }

    @Test
    void nonAsciiTextRoundTrips() {
        UsageRecord r = new UsageRecord("req-ü", "acme", "k", Instant.parse("2026-01-01T00:00:00Z"),
                "/v1/chat/completions", null, "modèle-日本\"quoted\"\n", null, false, TokenUsage.NONE,
                Cost.unpriced(), 400, "rejected", 3, -1, null);
        String line = UsageRecordCodec.toLine(r);
        assertThat(line).doesNotContain("\n");
        assertThat(UsageRecordCodec.fromLine(line)).isEqualTo(r);
    }

    @Test
    void missingFirstTokenDefaultsToMinusOne() {
        ObjectNode n = UsageRecordCodec.toJson(UsageRecords.record("req-1"));
        n.remove("first_token_ms");
        assertThat(UsageRecordCodec.fromJson(n).firstTokenMillis()).isEqualTo(-1);
    }

    @Test
    void aTornLineIsRejected() {
        String line = UsageRecordCodec.toLine(UsageRecords.record("req-1"));
        assertThatThrownBy(() -> UsageRecordCodec.fromLine(line.substring(0, line.length() / 2)))
                .isInstanceOf(RuntimeException.class);
    }
}
