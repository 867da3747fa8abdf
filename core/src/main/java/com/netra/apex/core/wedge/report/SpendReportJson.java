package com.netra.apex.core.wedge.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.wedge.SpendAnalysis;
import com.netra.apex.core.wedge.SpendTrend;
import com.netra.apex.core.wedge.SpendReport;
import com.netra.apex.core.wedge.analysis.WasteReportJson;
import com.netra.apex.core.wedge.store.SpendSlice;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** The JSON form of a {@link SpendReport}: what the report API returns and `apex analyze` writes. Money as decimal strings. */
public final class SpendReportJson {

    public static final String FORMAT = "apex-wedge-report/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpendReportJson() {
    }

    public static ObjectNode of(SpendReport r) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("tenant_id", r.scope().tenantId())
                .put("from", r.scope().from().toString()).put("to", r.scope().to().toString());
        root.putObject("total").put("calls", r.total().calls()).put("spend_usd", usd(r.total().spendUsd()))
                .put("unpriced_calls", r.total().unpricedCalls()).put("input_tokens", r.total().inputTokens())
                .put("output_tokens", r.total().outputTokens()).put("distinct_prompts_approx", r.total().approxDistinctPrompts());
        ArrayNode models = root.putArray("by_model");
        r.byModel().forEach(m -> models.addObject().put("provider", m.provider()).put("model", m.model())
                .put("calls", m.calls()).put("input_tokens", m.inputTokens()).put("output_tokens", m.outputTokens())
                .put("spend_usd", usd(m.spendUsd())));
        slices(root.putArray("by_provider"), r.byProvider());
        slices(root.putArray("by_key"), r.byKey());
        slices(root.putArray("by_tag"), r.byTag());
        ArrayNode days = root.putArray("by_day");
        r.byDay().forEach(d -> days.addObject().put("day", d.day().toString()).put("calls", d.calls()).put("spend_usd", usd(d.spendUsd())));
        trend(root.putObject("trend"), r.trend());
        ArrayNode top = root.putArray("top_spenders");
        r.topSpenders().forEach(t -> top.addObject().put("key", t.keyId()).put("calls", t.calls())
                .put("spend_usd", usd(t.spendUsd())).put("share", t.share().toPlainString()));
        ArrayNode unpriced = root.putArray("unpriced_models");
        r.unpriced().forEach(u -> unpriced.addObject().put("provider", u.provider()).put("model", u.model())
                .put("calls", u.calls()).put("input_tokens", u.inputTokens()).put("output_tokens", u.outputTokens()));
        root.set("waste", WasteReportJson.of(r.waste()));
        ArrayNode files = root.putArray("ingested");
        for (SpendAnalysis.Ingested i : r.ingested()) {
            ObjectNode f = files.addObject().put("name", i.name()).put("format", String.valueOf(i.read().format()))
                    .put("rows", i.read().rows()).put("skipped", i.read().skipped()).put("stored", i.stored());
            ArrayNode problems = f.putArray("problems");
            i.read().problems().forEach(p -> problems.addObject().put("line", p.lineNumber()).put("reason", p.reason()));
        }
        return root;
    }

    public static String write(SpendReport r) {
        return of(r).toPrettyString();
    }

    private static void trend(ObjectNode out, SpendTrend t) {
        out.put("days", t.days()).put("direction", t.direction()).put("daily_average_usd", usd(t.dailyAverage()))
                .put("last_7_days_usd", usd(t.lastWeek()))
                .put("previous_7_days_usd", t.weekBefore().map(SpendReportJson::usd).orElse(null))
                .put("week_over_week", t.weekOverWeek().map(c -> c.round(new MathContext(4)).toPlainString()).orElse(null))
                .put("slope_usd_per_day", usd(t.slopePerDay().round(new MathContext(6))))
                .put("monthly_run_rate_usd", usd(t.monthlyRunRate()));
    }

    private static void slices(ArrayNode out, List<SpendSlice> slices) {
        slices.forEach(s -> out.addObject().put("name", s.name()).put("calls", s.calls()).put("spend_usd", usd(s.spendUsd())));
    }

    static String usd(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
