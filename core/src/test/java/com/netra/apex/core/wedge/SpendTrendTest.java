package com.netra.apex.core.wedge;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.wedge.store.DailySpend;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpendTrendTest {

    private static final LocalDate START = LocalDate.parse("2026-10-01");

    @Test
    void aSteadyClimbIsRisingWithItsExactSlopeAndRunRate() {
        List<DailySpend> days = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            days.add(day(i, String.valueOf(10 + i))); // $10, $11, ... $23
        }

        SpendTrend t = SpendTrend.of(days);

        assertThat(t.days()).isEqualTo(14);
        assertThat(t.lastWeek()).isEqualByComparingTo("140");   // 17 + ... + 23
        assertThat(t.weekBefore()).get().satisfies(b -> assertThat(b).isEqualByComparingTo("91")); // 10 + ... + 16
        assertThat(t.weekOverWeek()).get().satisfies(c -> assertThat(c).isEqualByComparingTo(new BigDecimal("140")
                .divide(new BigDecimal("91"), java.math.MathContext.DECIMAL64).subtract(BigDecimal.ONE)));
        assertThat(t.slopePerDay()).isEqualByComparingTo("1");
        assertThat(t.monthlyRunRate()).isEqualByComparingTo("600"); // $20 a day
        assertThat(t.dailyAverage()).isEqualByComparingTo("16.5");
        assertThat(t.direction()).isEqualTo("rising");
    }

    @Test
    void daysWithoutCallsCountAsNothingSpent() {
        SpendTrend t = SpendTrend.of(List.of(day(0, "70"), day(13, "7"), day(7, "0.5")));

        assertThat(t.days()).isEqualTo(14);
        assertThat(t.lastWeek()).isEqualByComparingTo("7.5");
        assertThat(t.weekBefore()).get().satisfies(b -> assertThat(b).isEqualByComparingTo("70"));
        assertThat(t.direction()).isEqualTo("falling");
        assertThat(t.slopePerDay()).isNegative();
    }

    @Test
    void lessThanTwoWeeksHasNoWeekOverWeekAndNoSpendHasNoTrend() {
        SpendTrend shortLogs = SpendTrend.of(List.of(day(0, "3"), day(2, "3")));
        assertThat(shortLogs.weekBefore()).isEmpty();
        assertThat(shortLogs.direction()).isEqualTo("unknown");
        assertThat(shortLogs.monthlyRunRate()).isEqualByComparingTo("60"); // $6 over 3 days
        assertThat(SpendTrend.of(List.of())).isEqualTo(SpendTrend.NONE);
    }

    private static DailySpend day(int offset, String usd) {
        return new DailySpend(START.plusDays(offset), 1, new BigDecimal(usd));
    }
}
