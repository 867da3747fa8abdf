package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the Wedge found in one customer's logs: the findings, the spend they are measured against,
 * and a total. Findings can overlap (one call can be both routable and bloated, and a cached answer
 * saves the whole call), so the total is the sum of the priced findings capped at the spend: an upper
 * bound on what turning everything on saves, not a promise.
 *
 * @param from                 the earliest row's time; empty without rows
 * @param to                   the latest row's time; empty without rows
 * @param basisDays            the days the monthly figures are scaled from (see {@link LogSpan})
 * @param rows                 rows analysed
 * @param unpricedRows         rows whose cost is unknown (no stated cost, model not in the price table)
 * @param spend                what the priced rows cost
 * @param spendPerMonth        that, scaled to 30 days
 * @param findings             one per kind found, in {@link FindingKind} order
 * @param wastePerMonth        the priced findings' monthly dollars summed, at most {@code spendPerMonth}
 */
public record WasteReport(Optional<Instant> from, Optional<Instant> to, double basisDays, long rows, long unpricedRows,
                          Money spend, Money spendPerMonth, List<Finding> findings, Money wastePerMonth) {

    public WasteReport {
        findings = findings.stream().sorted(Comparator.comparing(Finding::kind)).toList();
    }

    /** Totals the findings over a span; {@code spend} is what the priced rows cost within it. */
    public static WasteReport of(LogSpan span, long rows, long unpricedRows, Money spend, List<Finding> findings) {
        Money spendPerMonth = span.perMonth(spend);
        Money waste = findings.stream().flatMap(f -> f.dollarsPerMonth().stream()).reduce(Money.ZERO, Money::plus);
        Money capped = waste.compareTo(spendPerMonth) > 0 && !spend.isZero() ? spendPerMonth : waste;
        return new WasteReport(span.from(), span.to(), span.basisDays(), rows, unpricedRows, spend, spendPerMonth,
                findings, capped);
    }

    /** The findings by monthly dollars, largest first; those with unknown dollars last. */
    public List<Finding> ranked() {
        return findings.stream()
                .sorted(Comparator.comparing((Finding f) -> f.dollarsPerMonth().orElse(null),
                        Comparator.nullsFirst(Comparator.<Money>naturalOrder())).reversed())
                .toList();
    }

    /** The monthly waste as a share of the monthly spend, 0..1; empty when nothing was priced. */
    public Optional<Double> wasteShare() {
        return spendPerMonth.isZero() ? Optional.empty()
                : Optional.of(wastePerMonth.usd().doubleValue() / spendPerMonth.usd().doubleValue());
    }

    public Optional<Finding> finding(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).findFirst();
    }
}
