package com.netra.apex.core.wedge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenRowsTest {

    @Test
    void remembersEveryIdThroughGrowth() {
        SeenRows seen = new SeenRows(1_000_000);
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.firstTime("row-" + i)).isTrue();
        }
        for (int i = 0; i < 100_000; i += 997) {
            assertThat(seen.firstTime("row-" + i)).as("row-" + i).isFalse();
        }
        assertThat(seen.size()).isEqualTo(100_000);
        assertThat(seen.saturated()).isFalse();
    }

    @Test
    void stopsRememberingAtCapacityAndSaysSo() {
        SeenRows seen = new SeenRows(2);
        seen.firstTime("a");
        seen.firstTime("b");
        assertThat(seen.firstTime("c")).isTrue();
        assertThat(seen.firstTime("c")).as("not remembered past capacity").isTrue();
        assertThat(seen.firstTime("a")).isFalse();
        assertThat(seen.saturated()).isTrue();
    }
}
