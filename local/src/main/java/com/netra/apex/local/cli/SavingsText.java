package com.netra.apex.local.cli;

import com.netra.apex.core.savings.HoldoutAnalysis;
import com.netra.apex.core.savings.SavingsCause;
import com.netra.apex.core.savings.SavingsTotals;
import com.netra.apex.core.usage.UsageSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The savings part of `apex usage`: baseline, saving and saving by cause per model, and the holdout check. */
final class SavingsText {

    private static final String ROW = "%-44s %14s %14s %7s" + " %14s".repeat(SavingsCause.values().length);

    private SavingsText() {
    }

    static List<String> table(UsageSummary s) {
        List<String> lines = new ArrayList<>();
        if (s.total().requests() == 0) {
            return lines;
        }
        lines.add("");
        lines.add("Savings against the baseline (what the same requests would have cost without Apex)");
        lines.add(header());
        s.byModel().forEach((model, line) -> lines.add(row(model, line.savings())));
        lines.add(row("TOTAL", s.total().savings()));
        long unpriced = s.total().savings().unpricedBaselines();
        if (unpriced > 0) {
            lines.add(unpriced + " request(s) asked for models missing from the price table: their baseline and saving"
                    + " are unknown and left out of the sums, not counted as zero.");
        }
        lines.add(holdout(s.holdout(), s.total()));
        return lines;
    }

    private static String header() {
        List<Object> cells = new ArrayList<>(List.of("MODEL", "BASELINE", "SAVED", "RATE"));
        for (SavingsCause cause : SavingsCause.values()) {
            cells.add(cause.wireName().toUpperCase(Locale.ROOT));
        }
        return String.format(ROW, cells.toArray());
    }

    private static String row(String model, SavingsTotals t) {
        String baseline = UsageCommand.usd(t.baseline()) + (t.unpricedBaselines() > 0 ? "*" : "");
        List<Object> cells = new ArrayList<>(List.of(model, baseline, UsageCommand.usd(t.saved()), percent(t.rate())));
        for (SavingsCause cause : SavingsCause.values()) {
            cells.add(UsageCommand.usd(t.of(cause)));
        }
        return String.format(ROW, cells.toArray());
    }

    /** One line: how many requests were held out, and whether the measured saving backs the claimed one. */
    static String holdout(HoldoutAnalysis h, UsageSummary.ModelLine total) {
        String head = String.format(Locale.ROOT, "holdout: %,d of %,d requests not optimized; ",
                total.holdoutRequests(), total.requests());
        if (HoldoutAnalysis.INSUFFICIENT_DATA.equals(h.verdict())) {
            return head + String.format(Locale.ROOT, "insufficient data to measure the saving (%,d held out and %,d"
                            + " optimized completed, priced requests; %d of each needed)",
                    h.holdout().requests(), h.optimized().requests(), HoldoutAnalysis.MIN_GROUP_SIZE);
        }
        HoldoutAnalysis.Interval ci = h.interval().orElseThrow();
        return head + String.format(Locale.ROOT, "measured saving %s (95%% CI %s to %s), claimed %s: %s",
                percent(h.measuredRate()), percent(ci.low()), percent(ci.high()), percent(h.claimedRate()),
                h.verdict());
    }

    private static String percent(OptionalDouble rate) {
        return rate.isPresent() ? percent(rate.getAsDouble()) : "-";
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
