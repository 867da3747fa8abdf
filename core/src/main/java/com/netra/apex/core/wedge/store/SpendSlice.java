package com.netra.apex.core.wedge.store;

import java.math.BigDecimal;

/** Calls and spend under one name: a provider, an API key or a tag. */
public record SpendSlice(String name, long calls, BigDecimal spendUsd) {
}
