package com.netra.apex.core.usage;

import com.netra.apex.core.money.Money;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Requests, tokens and cost per served model for one tenant, as `apex usage` shows them. */
public record UsageSummary(String tenantId, Map<String, ModelLine> byModel, ModelLine total) {

    /** Totals for one model; {@code unpricedRequests} counts requests the price table could not price. */
    public record ModelLine(long requests, long errors, TokenUsage tokens, Money cost, long unpricedRequests) {
        static final ModelLine EMPTY = new ModelLine(0, 0, TokenUsage.NONE, Money.ZERO, 0);

        ModelLine plus(UsageRecord r) {
            boolean error = r.status() >= 400;
            return new ModelLine(requests + 1, errors + (error ? 1 : 0), tokens.plus(r.tokens()),
                    cost.plus(r.cost().amount().orElse(Money.ZERO)),
                    unpricedRequests + (r.cost().priced() ? 0 : 1));
        }
    }

    public static UsageSummary of(String tenantId, Collection<UsageRecord> records) {
        Map<String, ModelLine> byModel = new TreeMap<>();
        ModelLine total = ModelLine.EMPTY;
        for (UsageRecord r : records) {
            String model = r.provider() == null ? "(rejected before routing)"
                    : r.provider() + "/" + (r.servedModel() != null ? r.servedModel() : r.requestedModel());
            byModel.merge(model, ModelLine.EMPTY.plus(r), (a, b) -> a.plus(r));
            total = total.plus(r);
        }
        return new UsageSummary(tenantId, byModel, total);
    }
}
