package com.netra.apex.core.metering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.savings.Savings;
import com.netra.apex.core.savings.SavingsCause;
import java.util.EnumMap;
import java.util.Map;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** One usage record as one line of JSON: the journal format and the usage API's format. */
public final class UsageRecordCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UsageRecordCodec() {
    }

    public static ObjectNode toJson(UsageRecord r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("request_id", r.requestId()).put("tenant_id", r.tenantId()).put("key_id", r.keyId())
                .put("received_at", r.receivedAt().toString()).put("endpoint", r.endpoint())
                .put("provider", r.provider()).put("requested_model", r.requestedModel())
                .put("served_model", r.servedModel()).put("streamed", r.streamed())
                .put("input_tokens", r.tokens().input()).put("cached_input_tokens", r.tokens().cachedInput())
                .put("cache_write_tokens", r.tokens().cacheWrite()).put("output_tokens", r.tokens().output())
                .put("status", r.status()).put("outcome", r.outcome()).put("latency_ms", r.latencyMillis())
                .put("first_token_ms", r.firstTokenMillis()).put("cache_status", r.cacheStatus());
        if (r.cost().priced()) {
            n.put("cost_usd", r.cost().amount().get().toPlainString()).put("price_version", r.cost().priceVersion());
        } else {
            n.putNull("cost_usd");
        }
        putSavings(n, r);
        return n;
    }

    private static void putSavings(ObjectNode n, UsageRecord r) {
        Cost baseline = r.savings().baseline();
        if (baseline.priced()) {
            n.put("baseline_cost_usd", baseline.amount().get().toPlainString());
        } else {
            n.putNull("baseline_cost_usd");
        }
        ObjectNode byCause = n.putObject("savings_usd");
        r.savings().byCause().forEach((cause, amount) -> byCause.put(cause.wireName(), amount.toPlainString()));
        n.put("holdout", r.holdout());
    }

    private static Savings savings(JsonNode n, Cost actual) {
        JsonNode baseline = n.get("baseline_cost_usd");
        if (baseline == null) {
            return Savings.none(actual); // written before savings were recorded
        }
        Cost base = baseline.isNull() ? Cost.unpriced() : Cost.of(Money.usd(baseline.asText()), actual.priceVersion());
        Map<SavingsCause, Money> byCause = new EnumMap<>(SavingsCause.class);
        n.path("savings_usd").fields().forEachRemaining(e ->
                byCause.put(SavingsCause.fromWireName(e.getKey()), Money.usd(e.getValue().asText())));
        return new Savings(base, byCause);
    }

    public static String toLine(UsageRecord r) {
        return toJson(r).toString();
    }

    public static UsageRecord fromLine(String line) {
        try {
            return fromJson(JSON.readTree(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UsageRecord fromJson(JsonNode n) {
        JsonNode cost = n.path("cost_usd");
        Cost c = cost.isMissingNode() || cost.isNull() ? Cost.unpriced()
                : Cost.of(Money.usd(cost.asText()), n.path("price_version").asText(null));
        TokenUsage tokens = new TokenUsage(n.path("input_tokens").asLong(), n.path("cached_input_tokens").asLong(),
                n.path("cache_write_tokens").asLong(), n.path("output_tokens").asLong());
        return new UsageRecord(n.path("request_id").asText(), n.path("tenant_id").asText(),
                n.path("key_id").asText(null), Instant.parse(n.path("received_at").asText()),
                n.path("endpoint").asText(), n.path("provider").asText(null),
                n.path("requested_model").asText(null), n.path("served_model").asText(null),
                n.path("streamed").asBoolean(), tokens, c, n.path("status").asInt(), n.path("outcome").asText(),
                n.path("latency_ms").asLong(), n.path("first_token_ms").asLong(-1), n.path("cache_status").asText(null),
                savings(n, c), n.path("holdout").asBoolean(false));
    }
}
