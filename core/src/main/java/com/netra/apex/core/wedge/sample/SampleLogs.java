package com.netra.apex.core.wedge.sample;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.pricing.PriceTableLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Realistic openai_jsonl logs of one company's month of LLM traffic with known, planted waste (see
 * {@link PlantedWaste}): for tests of the Wedge's analysis, benchmarks and the shipped sample. The same
 * seed and row count always give the same lines and the same {@link PlantedTruth}. Rows are generated one
 * at a time; memory does not grow with the row count beyond a few bytes per row for uniqueness checks.
 */
public final class SampleLogs {

    public static final long DEFAULT_SEED = 20261101L;
    public static final Instant DEFAULT_START = Instant.parse("2026-10-01T00:00:00Z");
    public static final Duration PERIOD = Duration.ofDays(30);
    /** The longest pause between turns of one conversation: a customer reading the answer and typing again. */
    static final long MAX_TURN_GAP_MILLIS = Duration.ofMinutes(2).toMillis();

    private final long seed;
    private final int rows;
    private final PriceTable prices;
    private final Instant start;

    /** {@code rows} calls over 30 days from {@link #DEFAULT_START}, priced with the shipped table. */
    public SampleLogs(long seed, int rows) {
        this(seed, rows, PriceTableLoader.shipped(), DEFAULT_START);
    }

    public SampleLogs(long seed, int rows, PriceTable prices, Instant start) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative");
        }
        this.seed = seed;
        this.rows = rows;
        this.prices = prices;
        this.start = start;
    }

    public int rows() {
        return rows;
    }

    /** Generates every row in time order, handing each to {@code out}; returns what was planted. */
    public PlantedTruth forEach(Consumer<SampleRow> out) {
        SplittableRandom rnd = new SplittableRandom(seed);
        SampleTraffic traffic = new SampleTraffic(rnd);
        SampleCallWriter writer = new SampleCallWriter();
        TruthLedger ledger = new TruthLedger(prices);
        long slotMillis = Math.max(1, PERIOD.toMillis() / Math.max(1, rows));
        long previous = -1;
        for (int i = 0; i < rows; i++) {
            SampleCall call = traffic.next();
            previous = call.followUp() && previous >= 0 ? turnAfter(previous, i, slotMillis, rnd)
                    : i * slotMillis + rnd.nextLong(slotMillis);
            Instant at = start.plusMillis(previous);
            Money cost = ledger.record(call, at);
            String requestId = "req_" + hex(i, 8) + hex(rnd.nextLong(), 16);
            String responseId = (call.anthropic() ? "msg_" : "chatcmpl-") + hex(rnd.nextLong(), 16);
            long latency = 250 + call.outputTokens() * 12 + rnd.nextInt(400);
            out.accept(new SampleRow(i, "openai_jsonl:" + requestId, at, call.waste(), call.provider(), call.model(),
                    call.promptTokens(), call.outputTokens(), cost, writer.line(call, at, requestId, responseId, latency)));
        }
        return ledger.truth();
    }

    /**
     * A conversation's next turn: shortly after the previous call, but inside row {@code i}'s own time slot,
     * so rows stay in time order and within the period. Every other row is placed at random in its slot.
     */
    private static long turnAfter(long previous, int i, long slotMillis, SplittableRandom rnd) {
        long gap = 1 + rnd.nextLong(Math.min(slotMillis, MAX_TURN_GAP_MILLIS));
        return Math.min(previous + gap, (i + 1) * slotMillis - 1);
    }

    /** The planted truth alone (the rows are generated and dropped). */
    public PlantedTruth truth() {
        return forEach(row -> { });
    }

    private static String hex(long value, int digits) {
        String h = Long.toHexString(value);
        if (h.length() >= digits) {
            return h.substring(h.length() - digits);
        }
        return "0".repeat(digits - h.length()) + h;
    }
}
