package com.netra.apex.local.cli;

import com.netra.apex.core.usage.UsageSummary;
import com.netra.apex.core.usage.UsageSummaryJson;
import java.util.ArrayList;
import java.util.List;

/** Renders a usage summary for people (tables) and for scripts (JSON). */
final class UsageText {

    private static final String ROW = "%-44s %9s %7s %12s %12s %12s %14s";

    private UsageText() {
    }

    static List<String> table(UsageSummary s, int days) {
        List<String> lines = new ArrayList<>();
        lines.add("Usage for tenant " + s.tenantId() + ", last " + days + " days");
        lines.add(String.format(ROW, "MODEL", "REQUESTS", "ERRORS", "INPUT", "CACHED_IN", "OUTPUT", "COST"));
        s.byModel().forEach((model, line) -> lines.add(row(model, line)));
        lines.add(row("TOTAL", s.total()));
        if (s.total().unpricedRequests() > 0) {
            lines.add(s.total().unpricedRequests() + " request(s) used models missing from the price table: their cost is unknown, not zero.");
        }
        lines.addAll(SavingsText.table(s));
        return lines;
    }

    private static String row(String model, UsageSummary.ModelLine l) {
        String cost = UsageCommand.usd(l.cost()) + (l.unpricedRequests() > 0 ? "*" : "");
        return String.format(ROW, model, l.requests(), l.errors(), l.tokens().input(), l.tokens().cachedInput(),
                l.tokens().output(), cost);
    }

    static String json(UsageSummary s, int days) {
        return UsageSummaryJson.of(s, days).toPrettyString();
    }
}
