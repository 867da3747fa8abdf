package com.netra.apex.core.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.savings.CostSample;
import com.netra.apex.core.savings.HoldoutAnalysis;
import com.netra.apex.core.savings.SavingsCause;
import com.netra.apex.core.savings.SavingsTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * A usage summary as JSON (the usage API and `apex usage --json`); money as exact decimal strings,
 * rates as numbers with four decimals, null where a rate is undefined.
 */
public final class UsageSummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UsageSummaryJson() {
    }

    public static ObjectNode of(UsageSummary summary, int days) {
        ObjectNode root = JSON.createObjectNode().put("tenant", summary.tenantId()).put("days", days);
        ObjectNode models = root.putObject("models");
        summary.byModel().forEach((model, line) -> line(models.putObject(model), line));
        line(root.putObject("total"), summary.total());
        holdout(root.putObject("holdout"), summary.holdout());
        return root;
    }

    private static void line(ObjectNode n, UsageSummary.ModelLine line) {
        n.put("requests", line.requests()).put("errors", line.errors())
                .put("input_tokens", line.tokens().input()).put("cached_input_tokens", line.tokens().cachedInput())
                .put("cache_write_tokens", line.tokens().cacheWrite()).put("output_tokens", line.tokens().output())
                .put("cost_usd", line.cost().toPlainString()).put("unpriced_requests", line.unpricedRequests());
        savings(n, line.savings());
        n.put("holdout_requests", line.holdoutRequests());
    }

    private static void savings(ObjectNode n, SavingsTotals s) {
        n.put("baseline_cost_usd", s.baseline().toPlainString()).put("unpriced_baselines", s.unpricedBaselines())
                .put("saved_usd", s.saved().toPlainString());
        // every cause, zero included, so consumers see one stable shape
        ObjectNode byCause = n.putObject("savings_usd");
        for (SavingsCause cause : SavingsCause.values()) {
            byCause.put(cause.wireName(), s.of(cause).toPlainString());
        }
        rate(n, "savings_rate", s.rate());
    }

    private static void holdout(ObjectNode n, HoldoutAnalysis h) {
        // the groups count only completed, priced requests: the ones the comparison uses
        group(n.putObject("holdout_group"), h.holdout());
        group(n.putObject("optimized_group"), h.optimized());
        rate(n, "measured_savings_rate", h.measuredRate());
        rate(n, "ci95_low", h.interval().map(i -> OptionalDouble.of(i.low())).orElse(OptionalDouble.empty()));
        rate(n, "ci95_high", h.interval().map(i -> OptionalDouble.of(i.high())).orElse(OptionalDouble.empty()));
        rate(n, "claimed_savings_rate", h.claimedRate());
        n.put("verdict", h.verdict());
    }

    private static void group(ObjectNode n, CostSample group) {
        n.put("requests", group.requests()).put("mean_cost_usd", group.mean().toPlainString());
    }

    private static void rate(ObjectNode n, String field, OptionalDouble rate) {
        if (rate.isPresent() && Double.isFinite(rate.getAsDouble())) {
            n.put(field, BigDecimal.valueOf(rate.getAsDouble()).setScale(4, RoundingMode.HALF_EVEN));
        } else {
            n.putNull(field);
        }
    }
}
