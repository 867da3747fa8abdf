package com.netra.apex.core.usage;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.savings.HoldoutAnalysis;
import com.netra.apex.core.savings.SavingsTotals;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Requests, tokens, cost and savings per served model for one tenant, as `apex usage` shows them,
 * with the holdout check of the claimed savings over all of the tenant's records.
 */
public record UsageSummary(String tenantId, Map<String, ModelLine> byModel, ModelLine total,
                           HoldoutAnalysis holdout) {

    /**
     * Totals for one model.
     *
     * @param unpricedRequests requests the price table could not price
     * @param savings          baselines and savings by cause, summed exactly
     * @param holdoutRequests  requests drawn into the holdout and served without optimization
     */
    public record ModelLine(long requests, long errors, TokenUsage tokens, Money cost, long unpricedRequests,
                            SavingsTotals savings, long holdoutRequests) {
        static final ModelLine EMPTY = new ModelLine(0, 0, TokenUsage.NONE, Money.ZERO, 0, SavingsTotals.NONE, 0);

        /** A line where nothing was optimized: its baseline is its cost, as for {@link UsageRecord}'s short form. */
        public ModelLine(long requests, long errors, TokenUsage tokens, Money cost, long unpricedRequests) {
            this(requests, errors, tokens, cost, unpricedRequests,
                    new SavingsTotals(cost, unpricedRequests, Map.of()), 0);
        }

        ModelLine plus(UsageRecord r) {
            boolean error = r.status() >= 400;
            return new ModelLine(requests + 1, errors + (error ? 1 : 0), tokens.plus(r.tokens()),
                    cost.plus(r.cost().amount().orElse(Money.ZERO)),
                    unpricedRequests + (r.cost().priced() ? 0 : 1),
                    savings.plus(r.savings()), holdoutRequests + (r.holdout() ? 1 : 0));
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
        return new UsageSummary(tenantId, byModel, total, HoldoutAnalysis.of(records));
    }
}
