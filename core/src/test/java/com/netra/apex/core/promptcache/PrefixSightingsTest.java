package com.netra.apex.core.promptcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PrefixSightingsTest {

    @Test
    void aPrefixIsSeenRecentlyFromItsSecondSightingOn() {
        PrefixSightings sightings = new PrefixSightings(Duration.ofMinutes(5), 100);

        assertThat(sightings.seenRecently("acme", "p1")).isFalse();
        assertThat(sightings.seenRecently("acme", "p1")).isTrue();
        assertThat(sightings.seenRecently("acme", "p1")).isTrue();
    }

    @Test
    void sightingsAreKeptPerTenantAndPrefix() {
        PrefixSightings sightings = new PrefixSightings(Duration.ofMinutes(5), 100);
        sightings.seenRecently("acme", "p1");

        assertThat(sightings.seenRecently("globex", "p1")).isFalse();
        assertThat(sightings.seenRecently("acme", "p2")).isFalse();
        assertThat(sightings.seenRecently("acme", "p1")).isTrue();
    }

    @Test
    void aSightingOlderThanTheWindowDoesNotCount() throws InterruptedException {
        PrefixSightings sightings = new PrefixSightings(Duration.ofMillis(20), 100);
        sightings.seenRecently("acme", "p1");
        Thread.sleep(60);

        assertThat(sightings.seenRecently("acme", "p1")).isFalse();
        assertThat(sightings.seenRecently("acme", "p1")).isTrue(); // the late sighting restarted the window
    }

    @Test
    void theLeastRecentlySeenPrefixIsForgottenFirst() {
        PrefixSightings sightings = new PrefixSightings(Duration.ofMinutes(5), 2);
        sightings.seenRecently("acme", "a");
        sightings.seenRecently("acme", "b");
        sightings.seenRecently("acme", "a"); // a is now more recent than b
        sightings.seenRecently("acme", "c"); // evicts b

        assertThat(sightings.seenRecently("acme", "a")).isTrue();
        assertThat(sightings.seenRecently("acme", "b")).isFalse();
    }

    @Test
    void theAnthropicDefaultRemembersARepeat() {
        PrefixSightings sightings = PrefixSightings.anthropicDefault();
        sightings.seenRecently("acme", "p1");

        assertThat(sightings.seenRecently("acme", "p1")).isTrue();
    }
}
