package com.netra.apex.core.tenancy;

import java.util.Map;

/** Storage for tenants' own provider keys, always sealed by {@link CredentialSealer}. */
public interface TenantCredentialStore {

    void put(String tenantId, String provider, String sealedKey);

    /** Every sealed key of one tenant, by provider name; never another tenant's. */
    Map<String, String> findAll(String tenantId);

    /** Returns true if there was a key to remove. */
    boolean remove(String tenantId, String provider);
}
