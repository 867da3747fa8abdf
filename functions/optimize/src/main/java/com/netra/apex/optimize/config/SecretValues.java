package com.netra.apex.optimize.config;

import java.util.Map;

/**
 * Operator secrets that are not in plain configuration: on AWS a Secrets Manager JSON secret
 * (APEX_SECRET_ID) holding provider keys and the key-hashing secret; locally, empty.
 */
public record SecretValues(Map<String, String> values) {

    public static SecretValues none() {
        return new SecretValues(Map.of());
    }

    public String get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v;
    }
}
