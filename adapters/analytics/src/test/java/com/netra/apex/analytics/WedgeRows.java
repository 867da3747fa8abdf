package com.netra.apex.analytics;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.ModelPrice;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A small log with answers worked out by hand (see DuckDbSpendQueriesTest). Prices per million tokens:
 * gpt-4o $2.50 in / $10 out, gpt-4o-mini $0.15 / $0.60; claude-unknown-9 is not in the table.
 */
final class WedgeRows {

    static final String ACME = "acme";
    static final String GLOBEX = "globex";

    static final PriceTable PRICES = new PriceTable("test", List.of(
            price("gpt-4o", "2.50", "10.00"), price("gpt-4o-mini", "0.15", "0.60")));

    private WedgeRows() {
    }

    /** Acme: 9 calls from 1 to 3 March 2025, and one on 4 March outside the usual scope. */
    static List<LogRow> acme() {
        return List.of(
                // 1000 in, 500 out on gpt-4o: $0.0025 + $0.005 = $0.0075 each
                row("r1", "2025-03-01T10:00:00Z", "gpt-4o", "k1", List.of("team:search", "env:prod"), 1000, 500,
                        null, "h1", "What  is\n the   weather?"),
                row("r2", "2025-03-01T11:00:00Z", "gpt-4o", "k1", List.of("team:search"), 1000, 500, null, "h1",
                        "What  is\n the   weather?"),
                // 2000 in, 1000 out on gpt-4o-mini: $0.0003 + $0.0006
                row("r3", "2025-03-02T09:00:00Z", "gpt-4o-mini", "k2", List.of(), 2000, 1000, null, "h2", "Summarize"),
                new LogRow("r4", ACME, Instant.parse("2025-03-02T09:30:00Z"), "openai_jsonl", "anthropic",
                        "claude-unknown-9", "k2", List.of(), 100, 0, 0, 50, null, "x", "h3", null, 0, 900, 200, false),
                // the log's own cost wins over the price table
                row("r5", "2025-03-02T10:00:00Z", "gpt-4o-mini", null, List.of("env:prod"), 10, 10, "0.123456789",
                        "h2", "Summarize"),
                row("r6", "2025-03-03T12:00:00Z", "gpt-4o", "k1", List.of(), 0, 0, "1.000000001", "h1", "What is"),
                // same request at the same instant: rowId "a" sorts first, so "b" is the repeat
                row("b", "2025-03-03T13:00:00Z", "gpt-4o", "k3", List.of(), 0, 0, "0.25", "h5", "tie"),
                row("a", "2025-03-03T13:00:00Z", "gpt-4o", "k3", List.of(), 0, 0, "0.5", "h5", "tie"),
                row("r9", "2025-03-03T14:00:00Z", "gpt-4o", "k3", List.of(), 0, 0, "0.1", null, null),
                row("r10", "2025-03-04T08:00:00Z", "gpt-4o", "k1", List.of("env:prod"), 0, 0, "100", "h1", "What is"));
    }

    /** Globex shares acme's key names, tags, a rowId and a request hash, at an earlier time and larger cost. */
    static List<LogRow> globex() {
        return List.of(
                new LogRow("r1", GLOBEX, Instant.parse("2025-03-01T09:00:00Z"), "openai_jsonl", "openai", "gpt-4o",
                        "k1", List.of("team:search"), 10, 0, 0, 10, new BigDecimal("50"), "What is the weather?", "h1",
                        null, 0, 100, 200, false),
                new LogRow("g2", GLOBEX, Instant.parse("2025-03-02T09:00:00Z"), "openai_jsonl", "mistral", "unknown-1",
                        "k9", List.of("env:prod"), 10, 0, 0, 10, null, null, "h1", null, 0, 100, 200, false));
    }

    static LogRow row(String id, String at, String model, String key, List<String> tags, long in, long out,
            String cost, String hash, String prompt) {
        return new LogRow(id, ACME, Instant.parse(at), "openai_jsonl", "openai", model, key, tags, in, 0, 0, out,
                cost == null ? null : new BigDecimal(cost), prompt, hash, null, 0, 500, 200, false);
    }

    private static ModelPrice price(String model, String in, String out) {
        return new ModelPrice("openai", model, LocalDate.parse("2024-01-01"), Money.usd(in), null, null,
                Money.usd(out), List.of());
    }
}
