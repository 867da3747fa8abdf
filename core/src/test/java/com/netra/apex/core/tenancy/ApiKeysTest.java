package com.netra.apex.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeysTest {

    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    private static final Duration LONG_TTL = Duration.ofHours(1);

    private final InMemoryApiKeyStore store = new InMemoryApiKeyStore();
    private final KeyHasher hasher = new KeyHasher(KeyHasherTest.key('h'));
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private ApiKeys keys(Duration ttl) {
        return new ApiKeys(store, hasher, clock, ttl);
    }

    private static String keyIdOf(String apiKey) {
        return apiKey.substring(4, 16);
    }

    private static String secretOf(String apiKey) {
        return apiKey.substring(17);
    }

    @Test
    void issueReturnsAKeyOfTheDocumentedShape() {
        IssuedKey issued = keys(LONG_TTL).issue("acme", "ci");
        assertThat(issued.apiKey()).matches("apx_[a-z0-9]{12}_[A-Za-z0-9]{40}");
        assertThat(issued.record().keyId()).isEqualTo(keyIdOf(issued.apiKey()));
        assertThat(issued.record().tenantId()).isEqualTo("acme");
        assertThat(issued.record().name()).isEqualTo("ci");
        assertThat(issued.record().createdAt()).isEqualTo(NOW);
        assertThat(issued.record().active()).isTrue();
    }

    @Test
    void theStoreHoldsOnlyTheHashNeverTheSecret() {
        IssuedKey issued = keys(LONG_TTL).issue("acme", "ci");
        String secret = secretOf(issued.apiKey());

        assertThat(store.all()).singleElement().satisfies(stored -> {
            assertThat(stored).isEqualTo(issued.record());
            assertThat(stored.secretHash()).isEqualTo(hasher.hash(secret));
            assertThat(stored.secretHash()).doesNotContain(secret);
            assertThat(stored.toString()).doesNotContain(secret).doesNotContain(issued.apiKey());
            for (String field : new String[] {stored.keyId(), stored.tenantId(), stored.name(), stored.secretHash()}) {
                assertThat(field).doesNotContain(secret);
            }
        });
    }

    @Test
    void everyIssuedKeyIsDifferent() {
        ApiKeys keys = keys(LONG_TTL);
        Set<String> ids = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String key = keys.issue("acme", "k" + i).apiKey();
            ids.add(keyIdOf(key));
            secrets.add(secretOf(key));
        }
        assertThat(ids).hasSize(50);
        assertThat(secrets).hasSize(50);
        assertThat(keys.list("acme")).hasSize(50);
    }

    @Test
    void aNullNameIsStoredAsEmpty() {
        assertThat(keys(LONG_TTL).issue("acme", null).record().name()).isEmpty();
    }

    @Test
    void authenticateAcceptsTheIssuedKey() {
        ApiKeys keys = keys(LONG_TTL);
        IssuedKey issued = keys.issue("acme", "ci");
        assertThat(keys.authenticate(issued.apiKey()))
                .contains(new Principal("acme", issued.record().keyId()));
    }

    @Test
    void aSecondInstanceWithTheSameHashingKeyAcceptsIt() {
        IssuedKey issued = keys(LONG_TTL).issue("acme", "ci");
        ApiKeys other = new ApiKeys(store, new KeyHasher(KeyHasherTest.key('h')), clock, Duration.ZERO);
        assertThat(other.authenticate(issued.apiKey())).isPresent();
        ApiKeys wrongHashingKey = new ApiKeys(store, new KeyHasher(KeyHasherTest.key('x')), clock, Duration.ZERO);
        assertThat(wrongHashingKey.authenticate(issued.apiKey())).isEmpty();
    }

    @Test
    void authenticateRejectsAWrongSecret() {
        ApiKeys keys = keys(LONG_TTL);
        IssuedKey issued = keys.issue("acme", "ci");
        String secret = secretOf(issued.apiKey());
        char last = secret.charAt(39);
        String wrong = "apx_" + issued.record().keyId() + "_" + secret.substring(0, 39) + (last == 'a' ? 'b' : 'a');
        assertThat(keys.authenticate(wrong)).isEmpty();
        // A key whose secret belongs to another key id is no good either.
        IssuedKey other = keys.issue("acme", "other");
        assertThat(keys.authenticate("apx_" + issued.record().keyId() + "_" + secretOf(other.apiKey()))).isEmpty();
        // The right key still works after the failures (a negative result is not cached for the id).
        assertThat(keys.authenticate(issued.apiKey())).isPresent();
    }

    @Test
    void authenticateRejectsAnUnknownKeyId() {
        ApiKeys keys = keys(LONG_TTL);
        IssuedKey issued = keys.issue("acme", "ci");
        assertThat(keys.authenticate("apx_zzzzzzzzzzzz_" + secretOf(issued.apiKey()))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "apx_",
            "sk-proj-abcdef",
            "Bearer apx_abcdefghijkl_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn",
            "apx_abcdefghijkl_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklm",     // 39-char secret
            "apx_abcdefghijkl_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmno",   // 41-char secret
            "apx_ABCDEFGHIJKL_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn",    // upper-case key id
            "apx_abcdefghijk_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn",     // 11-char key id
            "apx_abcdefghijkl-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn",
            "apx_abcdefghijkl_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijk-mn",
            "apx_abcdefghijkl_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn "
    })
    void malformedKeysAreRejectedWithoutTouchingTheStore(String presented) {
        ApiKeys keys = keys(LONG_TTL);
        assertThat(keys.authenticate(presented)).isEmpty();
        assertThat(keys.answerableFromCache(presented)).isTrue();
        assertThat(store.finds()).isZero();
    }

    @Test
    void aMalformedVariantOfARealKeyIsRejected() {
        ApiKeys keys = keys(LONG_TTL);
        String key = keys.issue("acme", "ci").apiKey();
        assertThat(keys.authenticate(" " + key)).isEmpty();
        assertThat(keys.authenticate(key + "x")).isEmpty();
        assertThat(keys.authenticate(key.toUpperCase())).isEmpty();
        assertThat(keys.authenticate(key.replace("apx_", "apk_"))).isEmpty();
    }

    @Test
    void aRevokedKeyIsRejected() {
        ApiKeys keys = keys(Duration.ZERO);
        IssuedKey issued = keys.issue("acme", "ci");
        Optional<ApiKeyRecord> revoked = keys.revoke(issued.record().keyId());
        assertThat(revoked).get().satisfies(r -> {
            assertThat(r.active()).isFalse();
            assertThat(r.revokedAt()).isEqualTo(NOW);
        });
        assertThat(store.find(issued.record().keyId()).orElseThrow().active()).isFalse();
        assertThat(keys.authenticate(issued.apiKey())).isEmpty();
    }

    @Test
    void revokeThroughTheSameInstanceTakesEffectAtOnceDespiteALongCacheTtl() {
        ApiKeys keys = keys(Duration.ofDays(1));
        IssuedKey issued = keys.issue("acme", "ci");
        assertThat(keys.authenticate(issued.apiKey())).isPresent(); // now cached
        assertThat(keys.answerableFromCache(issued.apiKey())).isTrue();

        keys.revoke(issued.record().keyId());

        assertThat(keys.authenticate(issued.apiKey())).isEmpty();
        assertThat(keys.authenticate(issued.apiKey())).isEmpty();
    }

    @Test
    void revokingTwiceKeepsTheFirstRevocationTime() {
        ApiKeys keys = keys(LONG_TTL);
        IssuedKey issued = keys.issue("acme", "ci");
        keys.revoke(issued.record().keyId());
        ApiKeys later = new ApiKeys(store, hasher, Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC), LONG_TTL);
        assertThat(later.revoke(issued.record().keyId())).get()
                .extracting(ApiKeyRecord::revokedAt).isEqualTo(NOW);
    }

    @Test
    void revokingAnUnknownKeyReturnsEmpty() {
        assertThat(keys(LONG_TTL).revoke("nosuchkey123")).isEmpty();
    }

    @Test
    void revokingOneKeyLeavesTheTenantsOtherKeysWorking() {
        ApiKeys keys = keys(LONG_TTL);
        IssuedKey a = keys.issue("acme", "a");
        IssuedKey b = keys.issue("acme", "b");
        keys.revoke(a.record().keyId());
        assertThat(keys.authenticate(a.apiKey())).isEmpty();
        assertThat(keys.authenticate(b.apiKey())).contains(new Principal("acme", b.record().keyId()));
    }

    @Test
    void lookupsAreCachedForTheTtl() {
        ApiKeys keys = keys(LONG_TTL);
        IssuedKey issued = keys.issue("acme", "ci");
        assertThat(keys.answerableFromCache(issued.apiKey())).isFalse();

        keys.authenticate(issued.apiKey());
        keys.authenticate(issued.apiKey());
        keys.authenticate(issued.apiKey());

        assertThat(store.finds()).isEqualTo(1);
        assertThat(keys.answerableFromCache(issued.apiKey())).isTrue();
    }

    @Test
    void aRevocationMadeElsewhereIsSeenOnlyAfterTheCacheExpires() {
        ApiKeys cached = keys(LONG_TTL);
        ApiKeys uncached = keys(Duration.ZERO);
        IssuedKey issued = cached.issue("acme", "ci");
        cached.authenticate(issued.apiKey());
        uncached.authenticate(issued.apiKey());

        new ApiKeys(store, hasher, clock, LONG_TTL).revoke(issued.record().keyId()); // another gateway instance

        assertThat(cached.authenticate(issued.apiKey())).as("within the TTL").isPresent();
        assertThat(uncached.authenticate(issued.apiKey())).as("no cache").isEmpty();
    }

    @Test
    void withoutACacheEveryLookupGoesToTheStore() {
        ApiKeys keys = keys(Duration.ZERO);
        IssuedKey issued = keys.issue("acme", "ci");
        keys.authenticate(issued.apiKey());
        keys.authenticate(issued.apiKey());
        assertThat(store.finds()).isEqualTo(2);
        assertThat(keys.answerableFromCache(issued.apiKey())).isFalse();
    }

    @Test
    void aWellFormedButUncachedKeyNeedsTheStore() {
        ApiKeys keys = keys(LONG_TTL);
        assertThat(keys.answerableFromCache("apx_abcdefghijkl_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn")).isFalse();
        keys.authenticate("apx_abcdefghijkl_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn");
        // An unknown id is cached too, so repeated guesses do not reach the store.
        assertThat(keys.answerableFromCache("apx_abcdefghijkl_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn")).isTrue();
        keys.authenticate("apx_abcdefghijkl_ZBCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn");
        assertThat(store.finds()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "a", "Acme-Corp_2.eu", "0tenant", "x123456789012345678901234567890123456789012345678901234567890123"})
    void validTenantNames(String tenant) {
        assertThat(tenant.length()).isLessThanOrEqualTo(64);
        assertThat(keys(LONG_TTL).issue(tenant, "n").record().tenantId()).isEqualTo(tenant);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-acme", ".acme", "_acme", "ac me", "acme/eu", "acmé", "acme\n",
            "x1234567890123456789012345678901234567890123456789012345678901234"})
    void invalidTenantNamesAreRejected(String tenant) {
        ApiKeys keys = keys(LONG_TTL);
        assertThatThrownBy(() -> keys.issue(tenant, "n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenant");
        assertThat(store.all()).isEmpty();
    }

    @Test
    void listReturnsOnlyThatTenantsKeys() {
        ApiKeys keys = keys(LONG_TTL);
        IssuedKey a1 = keys.issue("acme", "1");
        IssuedKey a2 = keys.issue("acme", "2");
        keys.issue("globex", "1");
        assertThat(keys.list("acme")).extracting(ApiKeyRecord::keyId)
                .containsExactlyInAnyOrder(a1.record().keyId(), a2.record().keyId());
        assertThat(keys.list("initech")).isEmpty();
    }
}
