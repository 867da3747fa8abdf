package com.netra.apex.core.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A usage summary as JSON (the usage API and `apex usage --json`); money as exact decimal strings. */
public final class UsageSummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UsageSummaryJson() {
    }

    public static ObjectNode of(UsageSummary summary, int days) {
        ObjectNode root = JSON.createObjectNode().put("tenant", summary.tenantId()).put("days", days);
        ObjectNode models = root.putObject("models");
        summary.byModel().forEach((model, line) -> line(models.putObject(model), line));
        line(root.putObject("total"), summary.total());
        return root;
    }

    private static void line(ObjectNode n, UsageSummary.ModelLine line) {
        n.put("requests", line.requests()).put("errors", line.errors())
                .put("input_tokens", line.tokens().input()).put("cached_input_tokens", line.tokens().cachedInput())
                .put("cache_write_tokens", line.tokens().cacheWrite()).put("output_tokens", line.tokens().output())
                .put("cost_usd", line.cost().toPlainString()).put("unpriced_requests", line.unpricedRequests());
    }
}
