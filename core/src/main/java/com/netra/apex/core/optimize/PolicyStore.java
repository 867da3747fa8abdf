package com.netra.apex.core.optimize;

import java.util.Map;

/** Port: a tenant's stored optimization settings, for the whole tenant and per API key. */
public interface PolicyStore {

    /** The scope that applies to every key of a tenant. */
    String TENANT_SCOPE = "tenant";

    static String keyScope(String keyId) {
        return "key#" + keyId;
    }

    /** The settings stored for a tenant in a scope; empty when none. */
    Map<String, String> settings(String tenantId, String scope);

    /** Replaces the settings of a scope; an empty map clears it. */
    void put(String tenantId, String scope, Map<String, String> settings);
}
