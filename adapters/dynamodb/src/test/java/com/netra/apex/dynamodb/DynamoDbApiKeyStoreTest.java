package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.tenancy.ApiKeyRecord;
import com.netra.apex.core.tenancy.ApiKeys;
import com.netra.apex.core.tenancy.IssuedKey;
import com.netra.apex.core.tenancy.KeyHasher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DynamoDbApiKeyStoreTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private DynamoDbApiKeyStore store;

    @BeforeEach
    void setUp() {
        store = new DynamoDbApiKeyStore(LocalDynamo.client(), LocalDynamo.freshTables().apiKeys());
    }

    private static ApiKeyRecord key(String id, String tenant, Instant createdAt) {
        return new ApiKeyRecord(id, tenant, "key " + id, "hash-" + id, createdAt, null);
    }

    @Test
    void createdKeyIsFoundWithEveryField() {
        ApiKeyRecord key = key("k1", "acme", Instant.parse("2025-03-01T10:00:00.123456789Z"));
        store.create(key);

        assertThat(store.find("k1")).contains(key);
        assertThat(store.find("k1").orElseThrow().active()).isTrue();
    }

    @Test
    void unknownKeyIsEmpty() {
        assertThat(store.find("nope")).isEmpty();
    }

    @Test
    void duplicateKeyIdIsRejectedAndTheOriginalKept() {
        ApiKeyRecord original = key("k1", "acme", T0);
        store.create(original);

        assertThatThrownBy(() -> store.create(key("k1", "evil", T0.plusSeconds(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k1");
        assertThat(store.find("k1")).contains(original);
    }

    @Test
    void saveOverwritesSoARevocationIsSeenAtOnce() {
        ApiKeyRecord key = key("k1", "acme", T0);
        store.create(key);
        store.save(key.revoked(T0.plusSeconds(60)));

        ApiKeyRecord found = store.find("k1").orElseThrow();
        assertThat(found.active()).isFalse();
        assertThat(found.revokedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void listsOnlyTheTenantsKeysOldestFirst() {
        // Same second with and without a fraction: string order must still be time order.
        store.create(key("b", "acme", T0.plusMillis(500)));
        store.create(key("a", "acme", T0));
        store.create(key("c", "acme", T0.plusSeconds(3600)));
        store.create(key("x", "other", T0));

        assertThat(store.listForTenant("acme")).extracting(ApiKeyRecord::keyId).containsExactly("a", "b", "c");
        assertThat(store.listForTenant("other")).extracting(ApiKeyRecord::keyId).containsExactly("x");
        assertThat(store.listForTenant("nobody")).isEmpty();
    }

    @Test
    void coreApiKeysWorkEndToEndOnTheStore() {
        ApiKeys keys = new ApiKeys(store, new KeyHasher(new byte[32]),
                Clock.fixed(T0, ZoneOffset.UTC), Duration.ZERO);
        IssuedKey issued = keys.issue("acme", "ci");

        assertThat(keys.authenticate(issued.apiKey())).isPresent();
        keys.revoke(issued.record().keyId());
        assertThat(keys.authenticate(issued.apiKey())).isEmpty();
        assertThat(keys.list("acme")).singleElement().satisfies(r -> assertThat(r.active()).isFalse());
    }
}
