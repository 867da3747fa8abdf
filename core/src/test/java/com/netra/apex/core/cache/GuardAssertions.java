package com.netra.apex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared assertions for the feature-family tests: a pair either must share a cached answer or must not. */
final class GuardAssertions {

    private static final MeaningGuard GUARD = MeaningGuard.standard();

    private GuardAssertions() {
    }

    static void assertBlocked(String cached, String query) {
        MeaningGuard.Verdict verdict = GUARD.compare(cached, query);
        assertThat(verdict.compatible()).as("should block:%n  %s%n  %s", cached, query).isFalse();
        assertThat(verdict.reason()).isNotBlank();
        assertThat(GUARD.compare(query, cached).compatible()).as("should block both ways").isFalse();
    }

    static void assertBlocked(String cached, String query, String reasonPrefix) {
        assertBlocked(cached, query);
        assertThat(GUARD.compare(cached, query).reason()).startsWith(reasonPrefix);
    }

    static void assertCompatible(String cached, String query) {
        MeaningGuard.Verdict verdict = GUARD.compare(cached, query);
        assertThat(verdict.compatible()).as("should pass:%n  %s%n  %s%n  but: %s", cached, query, verdict.reason()).isTrue();
        assertThat(verdict.reason()).isNull();
        assertThat(GUARD.compare(query, cached).compatible()).as("should pass both ways").isTrue();
    }
}
