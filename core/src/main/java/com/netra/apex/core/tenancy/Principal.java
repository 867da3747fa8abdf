package com.netra.apex.core.tenancy;

/** Who is calling: the tenant and the key it used. Every read and cache lookup is scoped by it. */
public record Principal(String tenantId, String keyId) {
}
