package com.netra.apex.core.wedge.store;

import java.util.Optional;

/**
 * Port: one writer per tenant across processes. A {@link LogStore} de-duplicates against what is stored, so two
 * ingestions for the same tenant at once could each store a row the other is storing; holding the tenant's
 * lease while appending rules that out. A lease expires on its own, so a crashed holder blocks only briefly.
 */
public interface TenantLease {

    /** The tenant's lease if nobody holds it (or the holder's expired), else empty: try again later. */
    Optional<Held> tryAcquire(String tenantId);

    /** A held lease; closing releases it (only if still ours). */
    interface Held extends AutoCloseable {

        @Override
        void close();
    }
}
