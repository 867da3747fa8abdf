package com.netra.apex.core.wedge.report;

import java.util.List;

/**
 * A self-contained HTML report page: inline CSS and SVG charts, no scripts, no external resources, so the
 * file can be mailed, archived or opened offline. Sections are appended in order; every text is escaped.
 */
public final class HtmlPage {

    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final String title;

    public HtmlPage(String title) {
        this.title = title;
    }

    /** One headline figure: a label and its formatted value. */
    public record Figure(String label, String value) {
    }

    /** One bar or point: a label and its value (dollars), with the value as it should be printed. */
    public record Bar(String label, double value, String shown) {
    }

    public HtmlPage heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    public HtmlPage paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    public HtmlPage figures(List<Figure> figures) {
        body.append("<div class=\"figures\">");
        for (Figure f : figures) {
            body.append("<div class=\"figure\"><div class=\"value\">").append(escape(f.value()))
                    .append("</div><div class=\"label\">").append(escape(f.label())).append("</div></div>");
        }
        body.append("</div>\n");
        return this;
    }

    /** Horizontal bars, longest first as given. */
    public HtmlPage barChart(String caption, List<Bar> bars) {
        body.append(Charts.bars(caption, bars));
        return this;
    }

    /** A line over time, one point per label in order. */
    public HtmlPage lineChart(String caption, List<Bar> points) {
        body.append(Charts.line(caption, points));
        return this;
    }

    public HtmlPage table(List<String> headers, List<List<String>> rows) {
        body.append("<table><thead><tr>");
        headers.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(cell -> body.append("<td>").append(escape(cell)).append("</td>"));
            body.append("</tr>");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    /** A finding card: what, how much per month, how sure, the evidence and what to do. */
    public HtmlPage finding(String title, String perMonth, String confidence, List<String> evidence,
                            List<String> examples, String recommendation) {
        body.append("<div class=\"finding\"><div class=\"amount\">").append(escape(perMonth)).append("</div><h3>")
                .append(escape(title)).append("</h3><div class=\"confidence\">").append(escape(confidence)).append("</div><ul>");
        evidence.forEach(e -> body.append("<li>").append(escape(e)).append("</li>"));
        body.append("</ul>");
        if (!examples.isEmpty()) {
            body.append("<details><summary>Examples</summary><ol>");
            examples.forEach(x -> body.append("<li><code>").append(escape(x)).append("</code></li>"));
            body.append("</ol></details>");
        }
        if (recommendation != null && !recommendation.isBlank()) {
            body.append("<div class=\"fix\">Apex setting: <code>").append(escape(recommendation)).append("</code></div>");
        }
        body.append("</div>\n");
        return this;
    }

    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>" + STYLE
                + "</style></head><body><h1>" + escape(title) + "</h1>\n" + body + "</body></html>\n";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#1f2933;padding:0 1rem}
            h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #d9e2ec;padding-bottom:.3rem}
            .figures{display:flex;flex-wrap:wrap;gap:1rem}.figure{background:#f0f4f8;border-radius:8px;padding:.8rem 1.2rem;min-width:10rem}
            .figure .value{font-size:1.4rem;font-weight:600}.figure .label{color:#52606d;font-size:.85rem}
            table{border-collapse:collapse;width:100%;margin:.8rem 0;font-size:.9rem}th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #e4e7eb}
            td:not(:first-child),th:not(:first-child){text-align:right}
            .finding{border:1px solid #d9e2ec;border-left:5px solid #e12d39;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
            .finding .amount{float:right;font-size:1.3rem;font-weight:600;color:#e12d39}.finding h3{margin:.2rem 0}
            .confidence{color:#52606d;font-size:.85rem}.fix{margin-top:.5rem;font-size:.9rem}code{font-size:.85rem;word-break:break-all}
            svg text{font-size:11px;fill:#334e68}figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}
            """;
}
