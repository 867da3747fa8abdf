package com.netra.apex.core.wedge.store;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Calls and spend on one UTC day. */
public record DailySpend(LocalDate day, long calls, BigDecimal spendUsd) {
}
