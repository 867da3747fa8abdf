package com.netra.apex.core.wedge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogSpanTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void scalesTheObservedSpanToThirtyDays() {
        LogSpan span = LogSpan.of(T0, T0.plus(Duration.ofDays(2)));

        assertThat(span.perMonth(Money.usd("1.00"))).isEqualTo(Money.usd("15"));
        assertThat(span.basisDays()).isEqualTo(2.0);
    }

    @Test
    void roundsToTheMicroDollar() {
        LogSpan span = LogSpan.of(T0, T0.plus(Duration.ofDays(7)));

        assertThat(span.perMonth(Money.usd("1"))).isEqualTo(Money.usd("4.285714")); // 30/7
    }

    @Test
    void aSpanShorterThanADayCountsAsADay() {
        LogSpan span = new LogSpan();
        span.accept(T0.plusSeconds(3600));
        span.accept(T0);

        assertThat(span.observed()).isEqualTo(Duration.ofHours(1));
        assertThat(span.perMonth(Money.usd("0.5"))).isEqualTo(Money.usd("15"));
    }

    @Test
    void anEmptySpanHasNoEndsAndScalesAsOneDay() {
        LogSpan span = new LogSpan();

        assertThat(span.from()).isEmpty();
        assertThat(span.observed()).isZero();
        assertThat(span.perMonth(Money.ZERO)).isEqualTo(Money.ZERO);
    }
}
