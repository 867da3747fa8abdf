package com.netra.apex.core.optimize;

import java.util.Set;

/** Who sent a request, as the optimization pipeline needs it: tenant, key, request id and the caller's tags. */
public record Caller(String tenantId, String keyId, String requestId, Set<String> tags) {
}
