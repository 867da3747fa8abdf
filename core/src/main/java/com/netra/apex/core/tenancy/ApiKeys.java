package com.netra.apex.core.tenancy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Issues, authenticates and revokes tenant API keys of the form {@code apx_<keyId>_<secret>}.
 * Lookups are cached briefly so the hot path rarely touches the store; a revocation made through
 * this instance takes effect at once, one made elsewhere within {@code cacheTtl}.
 */
public final class ApiKeys {

    private static final String PREFIX = "apx_";
    private static final Pattern KEY_SHAPE = Pattern.compile("apx_([a-z0-9]{12})_([A-Za-z0-9]{40})");
    private static final Pattern TENANT_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final ApiKeyStore store;
    private final KeyHasher hasher;
    private final Clock clock;
    private final TtlCache<String, Optional<ApiKeyRecord>> cache;
    /** Bumped by every revocation, so a lookup that raced one does not cache the pre-revocation record. */
    private final AtomicLong revocations = new AtomicLong();

    public ApiKeys(ApiKeyStore store, KeyHasher hasher, Clock clock, Duration cacheTtl) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.cache = new TtlCache<>(cacheTtl);
    }

    /** Creates a key for a tenant; the returned secret is the only copy there will ever be. */
    public IssuedKey issue(String tenantId, String name) {
        if (tenantId == null || !TENANT_SHAPE.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("tenant must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        SecureRandom random = new SecureRandom();
        String keyId = random(random, 12).toLowerCase();
        String secret = random(random, 40);
        ApiKeyRecord record = new ApiKeyRecord(keyId, tenantId, name == null ? "" : name, hasher.hash(secret),
                clock.instant(), null);
        store.create(record);
        return new IssuedKey(PREFIX + keyId + "_" + secret, record);
    }

    /** The caller behind a presented key, or empty when the key is malformed, unknown or revoked. */
    public Optional<Principal> authenticate(String presentedKey) {
        if (presentedKey == null) {
            return Optional.empty();
        }
        var m = KEY_SHAPE.matcher(presentedKey);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<ApiKeyRecord> record = lookup(m.group(1));
        return record.filter(ApiKeyRecord::active)
                .filter(r -> hasher.matches(m.group(2), r.secretHash()))
                .map(r -> new Principal(r.tenantId(), r.keyId()));
    }

    /** True when authenticating this key needs no store call, so it may run on an event loop thread. */
    public boolean answerableFromCache(String presentedKey) {
        if (presentedKey == null) {
            return true;
        }
        var m = KEY_SHAPE.matcher(presentedKey);
        if (!m.matches()) {
            return true;
        }
        return cache.isFresh(m.group(1));
    }

    /** Revokes a key; returns the revoked record, or empty if there is no such key. */
    public Optional<ApiKeyRecord> revoke(String keyId) {
        Optional<ApiKeyRecord> found = store.find(keyId);
        found.filter(ApiKeyRecord::active).ifPresent(r -> store.save(r.revoked(clock.instant())));
        revocations.incrementAndGet();
        cache.remove(keyId);
        return store.find(keyId);
    }

    public List<ApiKeyRecord> list(String tenantId) {
        return store.listForTenant(tenantId);
    }

    private Optional<ApiKeyRecord> lookup(String keyId) {
        long now = System.nanoTime();
        Optional<ApiKeyRecord> cached = cache.getFresh(keyId);
        if (cached != null) {
            return cached;
        }
        long revocationsBefore = revocations.get();
        Optional<ApiKeyRecord> fresh = store.find(keyId);
        if (revocations.get() == revocationsBefore) {
            cache.put(keyId, fresh, now);
        }
        return fresh;
    }

    private static String random(SecureRandom random, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALNUM[random.nextInt(ALNUM.length)];
        }
        return new String(out);
    }
}
