package com.netra.apex.core.wedge.store;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Whose logs a query reads and which UTC days: every Wedge query is bound to exactly one tenant. */
public record WedgeScope(String tenantId, LocalDate from, LocalDate to) {

    /** The tenant shape API keys use; it also names the tenant's partition folder, so no path tricks. */
    private static final Pattern TENANT_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public WedgeScope {
        requireTenant(tenantId);
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("scope needs from <= to, got " + from + ".." + to);
        }
    }

    public static WedgeScope of(String tenantId, LocalDate from, LocalDate to) {
        return new WedgeScope(tenantId, from, to);
    }

    /** Rejects a tenant id that is not a plain identifier; returns it otherwise. */
    public static String requireTenant(String tenantId) {
        if (tenantId == null || !TENANT_SHAPE.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("not a tenant id: " + tenantId);
        }
        return tenantId;
    }
}
