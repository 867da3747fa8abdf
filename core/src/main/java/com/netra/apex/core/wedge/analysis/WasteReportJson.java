package com.netra.apex.core.wedge.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * A waste report as JSON for the API and the HTML report. Money is exact decimal strings ("_usd"),
 * unknown dollars are null with {@code dollars_known: false} (never "0"), shares and confidences are
 * numbers with four decimals, times ISO-8601. The shape is versioned by {@link #FORMAT}; fields are
 * only ever added.
 */
public final class WasteReportJson {

    public static final String FORMAT = "apex-wedge-waste/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WasteReportJson() {
    }

    public static ObjectNode of(WasteReport report) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        ObjectNode span = root.putObject("span");
        span.put("from", report.from().map(Object::toString).orElse(null));
        span.put("to", report.to().map(Object::toString).orElse(null));
        span.put("basis_days", four(report.basisDays()));
        root.put("rows", report.rows()).put("unpriced_rows", report.unpricedRows());
        root.put("spend_usd", report.spend().toPlainString());
        root.put("spend_per_month_usd", report.spendPerMonth().toPlainString());
        root.put("waste_per_month_usd", report.wastePerMonth().toPlainString());
        root.put("waste_share_of_spend", report.wasteShare().map(WasteReportJson::four).orElse(null));
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> finding(findings.addObject(), f));
        return root;
    }

    public static String write(WasteReport report) {
        return of(report).toPrettyString();
    }

    private static void finding(ObjectNode n, Finding f) {
        n.put("kind", f.kind().wireName()).put("title", f.title()).put("dollars_known", f.dollarsKnown());
        n.put("dollars_usd", plain(f.dollars())).put("dollars_per_month_usd", plain(f.dollarsPerMonth()));
        n.put("confidence", four(f.confidence().value())).put("confidence_basis", f.confidence().basis());
        n.put("recommended_setting", f.recommendedSetting()).put("recommendation", f.recommendation());
        evidence(n.putObject("evidence"), f.evidence());
    }

    private static void evidence(ObjectNode n, Evidence e) {
        n.put("rows_examined", e.rowsExamined()).put("rows_affected", e.rowsAffected());
        longs(n.putObject("counts"), e.counts());
        ObjectNode amounts = n.putObject("amounts_usd");
        e.amounts().forEach((name, money) -> amounts.put(name, money.toPlainString()));
        longs(n.putObject("models"), e.models());
        longs(n.putObject("keys"), e.keys());
        ArrayNode examples = n.putArray("examples");
        e.examples().forEach(examples::add);
    }

    private static void longs(ObjectNode n, Map<String, Long> values) {
        values.forEach(n::put);
    }

    private static String plain(Optional<Money> money) {
        return money.map(Money::toPlainString).orElse(null);
    }

    private static BigDecimal four(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }
}
