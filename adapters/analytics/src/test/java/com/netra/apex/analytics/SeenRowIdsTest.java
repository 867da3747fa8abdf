package com.netra.apex.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenRowIdsTest {

    @Test
    void aRepeatedPairIsAlwaysSeenAndDistinctPairsAlmostNever() {
        SeenRowIds seen = new SeenRowIds();
        int falseAlarms = 0;
        for (int i = 0; i < 300_000; i++) { // several times the initial table: exercises growth
            falseAlarms += seen.seenBefore(20_000 + i % 30, "req-" + i) ? 1 : 0;
        }

        assertThat(falseAlarms).isZero();
        assertThat(seen.seenBefore(20_007, "req-7")).isTrue();
        assertThat(seen.seenBefore(20_008, "req-7")).isFalse(); // same rowId, another day
        assertThat(seen.seenBefore(20_008, "req-7")).isTrue();
    }
}
