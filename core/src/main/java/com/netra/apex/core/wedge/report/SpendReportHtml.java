package com.netra.apex.core.wedge.report;

import com.netra.apex.core.wedge.SpendReport;
import com.netra.apex.core.wedge.SpendTrend;
import com.netra.apex.core.wedge.analysis.Finding;
import com.netra.apex.core.wedge.store.SpendSlice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a {@link SpendReport} as one self-contained HTML page: figures, charts, tables, findings with evidence. */
public final class SpendReportHtml {

    private SpendReportHtml() {
    }

    public static String render(SpendReport r) {
        HtmlPage page = new HtmlPage("Apex spend analysis: " + r.scope().tenantId() + ", " + r.scope().from() + " to " + r.scope().to());
        BigDecimal wasteMonthly = r.waste().ranked().stream().flatMap(f -> f.dollarsPerMonth().stream())
                .map(m -> m.usd()).reduce(BigDecimal.ZERO, BigDecimal::add);
        page.figures(List.of(
                new HtmlPage.Figure("calls analysed", String.format(Locale.ROOT, "%,d", r.total().calls())),
                new HtmlPage.Figure("spend in these logs", dollars(r.total().spendUsd())),
                new HtmlPage.Figure("waste found, per month", dollars(wasteMonthly)),
                new HtmlPage.Figure("calls without a price", String.format(Locale.ROOT, "%,d", r.total().unpricedCalls()))));
        page.heading("Where the waste is");
        for (Finding f : r.waste().ranked()) {
            page.finding(f.title(), f.dollarsPerMonth().map(m -> dollars(m.usd()) + " / month").orElse("dollars unknown"),
                    String.format(Locale.ROOT, "confidence %.0f%%: %s", f.confidence().value() * 100, f.confidence().basis()),
                    evidence(f), f.evidence().examples(), f.recommendedSetting().isBlank() ? f.recommendation() : f.recommendedSetting());
        }
        page.heading("Spend over time");
        page.paragraph(trend(r.trend()));
        page.lineChart("Spend per day (UTC)", r.byDay().stream()
                .map(d -> new HtmlPage.Bar(d.day().toString().substring(5), d.spendUsd().doubleValue(), dollars(d.spendUsd()))).toList());
        page.heading("Where the money goes");
        page.barChart("By model", r.byModel().stream().limit(15)
                .map(m -> new HtmlPage.Bar(m.provider() + "/" + m.model(), m.spendUsd().doubleValue(), dollars(m.spendUsd()))).toList());
        page.barChart("By API key", bars(r.byKey()));
        page.barChart("By tag", bars(r.byTag()));
        page.table(List.of("model", "calls", "input tokens", "output tokens", "spend"), r.byModel().stream()
                .map(m -> List.of(m.provider() + "/" + m.model(), count(m.calls()), count(m.inputTokens()), count(m.outputTokens()),
                        dollars(m.spendUsd()))).toList());
        page.heading("Top spenders");
        page.table(List.of("key", "calls", "spend", "share"), r.topSpenders().stream()
                .map(t -> List.of(String.valueOf(t.keyId()), count(t.calls()), dollars(t.spendUsd()),
                        t.share().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN) + "%")).toList());
        page.heading("What was read");
        page.table(List.of("file", "format", "rows", "skipped", "new rows stored"), r.ingested().stream()
                .map(i -> List.of(i.name(), String.valueOf(i.read().format()), count(i.read().rows()), count(i.read().skipped()),
                        count(i.stored()))).toList());
        return page.render();
    }

    /** One sentence on which way spend is going. */
    public static String trend(SpendTrend t) {
        if (t.days() == 0) {
            return "No spend in this period.";
        }
        String week = t.weekBefore().map(b -> String.format(Locale.ROOT, "Last 7 days %s against %s the week before (%s). ",
                dollars(t.lastWeek()), dollars(b), t.weekOverWeek().map(c -> String.format(Locale.ROOT, "%+.1f%%",
                        c.doubleValue() * 100)).orElse("no spend before"))).orElse("Less than two weeks of logs. ");
        return week + "Monthly run rate " + dollars(t.monthlyRunRate()) + " at the latest week's pace; daily spend "
                + (t.slopePerDay().signum() >= 0 ? "grows " : "shrinks ") + "by " + dollars(t.slopePerDay().abs())
                + " a day on average over " + t.days() + " days.";
    }

    private static List<String> evidence(Finding f) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%,d of %,d calls affected", f.evidence().rowsAffected(), f.evidence().rowsExamined()));
        f.dollars().ifPresent(d -> lines.add("in these logs: " + dollars(d.usd())));
        f.evidence().counts().forEach((k, v) -> lines.add(k.replace('_', ' ') + ": " + count(v)));
        f.evidence().amounts().forEach((k, v) -> lines.add(k.replace('_', ' ') + ": " + dollars(v.usd())));
        if (!f.evidence().models().isEmpty()) {
            lines.add("models: " + f.evidence().models().entrySet().stream()
                    .map(m -> m.getKey() + " (" + count(m.getValue()) + ")").collect(Collectors.joining(", ")));
        }
        if (!f.recommendation().isBlank()) {
            lines.add(f.recommendation());
        }
        return lines;
    }

    private static List<HtmlPage.Bar> bars(List<SpendSlice> slices) {
        return slices.stream().limit(15).map(s -> new HtmlPage.Bar(s.name() == null ? "(none)" : s.name(),
                s.spendUsd().doubleValue(), dollars(s.spendUsd()))).toList();
    }

    /** Dollars as the reports show them: {@code $1,234.57}, rounded half-even to the cent. */
    public static String dollars(BigDecimal usd) {
        return "$" + String.format(Locale.ROOT, "%,.2f", usd.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
