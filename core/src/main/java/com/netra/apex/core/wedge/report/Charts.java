package com.netra.apex.core.wedge.report;

import java.util.List;
import java.util.Locale;

/** Inline SVG charts for {@link HtmlPage}: drawn here so the report needs no script or network. */
final class Charts {

    private static final int WIDTH = 1000;
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_HEIGHT = 20;

    private Charts() {
    }

    static String bars(String caption, List<HtmlPage.Bar> bars) {
        double max = bars.stream().mapToDouble(HtmlPage.Bar::value).max().orElse(0);
        int height = bars.size() * (BAR_HEIGHT + 6) + 6;
        StringBuilder svg = new StringBuilder("<figure><figcaption>").append(HtmlPage.escape(caption))
                .append("</figcaption><svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\">");
        int y = 6;
        for (HtmlPage.Bar b : bars) {
            double w = max <= 0 ? 0 : (WIDTH - LABEL_WIDTH - 120) * b.value() / max;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text><rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#2680c2\"/>"
                            + "<text x=\"%.1f\" y=\"%d\">%s</text>", y + 14, HtmlPage.escape(shorten(b.label())), LABEL_WIDTH, y, w,
                    BAR_HEIGHT, LABEL_WIDTH + w + 6, y + 14, HtmlPage.escape(b.shown())));
            y += BAR_HEIGHT + 6;
        }
        return svg.append("</svg></figure>\n").toString();
    }

    static String line(String caption, List<HtmlPage.Bar> points) {
        int height = 220;
        int left = 60;
        int bottom = height - 30;
        double max = points.stream().mapToDouble(HtmlPage.Bar::value).max().orElse(0);
        StringBuilder path = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            double x = left + (n == 1 ? 0 : (WIDTH - left - 20) * (double) i / (n - 1));
            double y = bottom - (max <= 0 ? 0 : (bottom - 10) * points.get(i).value() / max);
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            if (n <= 12 || i % Math.max(1, n / 8) == 0 || i == n - 1) {
                labels.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, height - 10,
                        HtmlPage.escape(points.get(i).label())));
            }
        }
        String top = points.stream().filter(p -> p.value() == max).map(HtmlPage.Bar::shown).findFirst().orElse("");
        return "<figure><figcaption>" + HtmlPage.escape(caption) + "</figcaption><svg viewBox=\"0 0 " + WIDTH + " " + height
                + "\" width=\"100%\" role=\"img\"><line x1=\"" + left + "\" y1=\"" + bottom + "\" x2=\"" + WIDTH + "\" y2=\"" + bottom
                + "\" stroke=\"#bcccdc\"/><text x=\"0\" y=\"16\">" + HtmlPage.escape(top) + "</text><path d=\"" + path
                + "\" fill=\"none\" stroke=\"#2680c2\" stroke-width=\"2\"/>" + labels + "</svg></figure>\n";
    }

    private static String shorten(String label) {
        return label.length() <= 40 ? label : label.substring(0, 39) + "…";
    }
}
