package com.netra.apex.core.tenancy;

import java.util.List;
import java.util.Optional;

/** Storage for API key records. */
public interface ApiKeyStore {

    /** Stores a new key; fails if the key id already exists. */
    void create(ApiKeyRecord key);

    Optional<ApiKeyRecord> find(String keyId);

    void save(ApiKeyRecord key);

    List<ApiKeyRecord> listForTenant(String tenantId);
}
