package com.netra.apex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.usage.TokenUsage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NearAnswerCacheTest {

    private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private static final CachedAnswer A = answer("A");
    private static final CachedAnswer B = answer("B");
    private static final CachedAnswer C = answer("C");
    private static final CachedAnswer ELSEWHERE = answer("from elsewhere");
    private static final CachedAnswer ACMES = answer("acme's");
    private static final CachedAnswer GLOBEXS = answer("globex's");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryAnswerCache shared = new InMemoryAnswerCache(clock);

    private NearAnswerCache near(Duration maxAge, int capacity) {
        return new NearAnswerCache(shared, clock, maxAge, capacity);
    }

    /** Records compare byte arrays by identity, so each answer is one shared instance. */
    private static CachedAnswer answer(String text) {
        return new CachedAnswer(text.getBytes(StandardCharsets.UTF_8), "openai", "gpt-4o-mini",
                new TokenUsage(10, 0, 0, 5), T0, null);
    }

    @Test
    void aSharedHitIsKeptSoTheNextHitIsServedLocally() {
        shared.put("acme", "k", A, HOUR);
        NearAnswerCache cache = near(Duration.ofMinutes(5), 100);

        assertThat(cache.get("acme", "k")).contains(A);
        assertThat(shared.gets.get()).isEqualTo(1);
        assertThat(cache.get("acme", "k")).contains(A);
        assertThat(cache.get("acme", "k")).contains(A);
        assertThat(shared.gets.get()).isEqualTo(1);
    }

    @Test
    void aPutWritesThroughAndIsThenServedLocally() {
        NearAnswerCache cache = near(Duration.ofMinutes(5), 100);
        cache.put("acme", "k", A, HOUR);

        assertThat(shared.contains("acme", "k")).isTrue();
        assertThat(shared.puts.get()).isEqualTo(1);
        assertThat(cache.get("acme", "k")).contains(A);
        assertThat(shared.gets.get()).isZero();
    }

    @Test
    void missesAreNotRememberedSoAnotherInstancesAnswerIsFound() {
        NearAnswerCache cache = near(Duration.ofMinutes(5), 100);

        assertThat(cache.get("acme", "k")).isEmpty();
        shared.put("acme", "k", ELSEWHERE, HOUR);

        assertThat(cache.get("acme", "k")).contains(ELSEWHERE);
        assertThat(shared.gets.get()).isEqualTo(2);
    }

    @Test
    void entriesNeverCrossTenants() {
        NearAnswerCache cache = near(Duration.ofMinutes(5), 100);
        cache.put("acme", "k", ACMES, HOUR);

        assertThat(cache.get("globex", "k")).isEmpty();
        assertThat(shared.gets.get()).isEqualTo(1); // not served from the local copy
        cache.put("globex", "k", GLOBEXS, HOUR);
        assertThat(cache.get("acme", "k")).contains(ACMES);
        assertThat(cache.get("globex", "k")).contains(GLOBEXS);
    }

    @Test
    void theLeastRecentlyUsedEntryIsEvictedAtCapacity() {
        NearAnswerCache cache = near(Duration.ofMinutes(5), 2);
        cache.put("acme", "a", A, HOUR);
        cache.put("acme", "b", B, HOUR);
        cache.get("acme", "a"); // b is now the least recently used
        cache.put("acme", "c", C, HOUR);

        cache.get("acme", "a");
        cache.get("acme", "c");
        assertThat(shared.gets.get()).isZero();
        assertThat(cache.get("acme", "b")).contains(B); // from the shared cache
        assertThat(shared.gets.get()).isEqualTo(1);
    }

    @Test
    void aLocalCopyLivesAtMostMaxAge() {
        NearAnswerCache cache = near(Duration.ofMinutes(5), 100);
        cache.put("acme", "k", A, HOUR);

        clock.advance(Duration.ofMinutes(4));
        cache.get("acme", "k");
        assertThat(shared.gets.get()).isZero();

        clock.advance(Duration.ofMinutes(2));
        assertThat(cache.get("acme", "k")).contains(A);
        assertThat(shared.gets.get()).isEqualTo(1);
    }

    @Test
    void aLocalCopyOfAShortLivedAnswerExpiresWithIt() {
        NearAnswerCache cache = near(Duration.ofMinutes(5), 100);
        cache.put("acme", "k", A, Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(31));

        assertThat(cache.get("acme", "k")).isEmpty();
        assertThat(shared.gets.get()).isEqualTo(1);
    }

    @Test
    void aCopyReadFromTheSharedCacheExpiresAfterMaxAge() {
        shared.put("acme", "k", A, HOUR);
        NearAnswerCache cache = near(Duration.ofMinutes(1), 100);
        cache.get("acme", "k");

        clock.advance(Duration.ofSeconds(61));
        cache.get("acme", "k");

        assertThat(shared.gets.get()).isEqualTo(2);
    }
}
