package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The time the analysed logs cover, and the scaling of their dollars to a 30-day month.
 *
 * <p>The span runs from the earliest to the latest row. Dollars per month are the dollars found times
 * 30 days divided by the span, rounded to the micro-dollar. A span shorter than one day counts as one
 * day: a few minutes of logs are never multiplied into a month, so short samples understate rather
 * than overstate (a busy hour would otherwise be taken for the whole day's rate).
 */
public final class LogSpan {

    public static final Duration MONTH = Duration.ofDays(30);
    public static final Duration SHORTEST = Duration.ofDays(1);

    private long firstMillis = Long.MAX_VALUE;
    private long lastMillis = Long.MIN_VALUE;

    /** Extends the span to cover {@code row}; rows without a timestamp are ignored. */
    public void accept(LogRow row) {
        accept(row.timestamp());
    }

    public void accept(Instant t) {
        if (t != null) {
            long millis = t.toEpochMilli();
            firstMillis = Math.min(firstMillis, millis);
            lastMillis = Math.max(lastMillis, millis);
        }
    }

    /** A span known from elsewhere, e.g. the SQL side's MIN and MAX of the timestamps. */
    public static LogSpan of(Instant from, Instant to) {
        LogSpan span = new LogSpan();
        span.accept(from);
        span.accept(to);
        return span;
    }

    public Optional<Instant> from() {
        return empty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(firstMillis));
    }

    public Optional<Instant> to() {
        return empty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastMillis));
    }

    /** Earliest to latest row; zero when there are no rows. */
    public Duration observed() {
        return empty() ? Duration.ZERO : Duration.ofMillis(lastMillis - firstMillis);
    }

    /** The span the monthly figures are scaled from: the observed one, at least {@link #SHORTEST}. */
    public Duration basis() {
        Duration observed = observed();
        return observed.compareTo(SHORTEST) < 0 ? SHORTEST : observed;
    }

    public double basisDays() {
        return basis().toMillis() / (double) SHORTEST.toMillis();
    }

    /** {@code dollars} found in the span, scaled to 30 days and rounded half-even to the micro-dollar. */
    public Money perMonth(Money dollars) {
        BigDecimal scaled = dollars.usd().multiply(BigDecimal.valueOf(MONTH.toMillis()))
                .divide(BigDecimal.valueOf(basis().toMillis()), 6, RoundingMode.HALF_EVEN);
        return new Money(scaled);
    }

    private boolean empty() {
        return firstMillis > lastMillis;
    }
}
