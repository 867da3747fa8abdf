package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.wedge.store.TenantLease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-tenant ingest lease on DynamoDB Local: exclusive, released by its holder only, expiring on its own. */
class DynamoDbTenantLeaseTest {

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final Duration TTL = Duration.ofMinutes(16);

    private String table;
    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @BeforeEach
    void freshTable() {
        table = "leases-" + TABLES.incrementAndGet();
        DynamoDbTenantLease.createIfMissing(LocalDynamo.client(), table);
    }

    @Test
    void aHeldLeaseIsRefusedToASecondWriterUntilReleased() {
        TenantLease leases = lease();
        Optional<TenantLease.Held> first = leases.tryAcquire("acme");
        assertThat(first).isPresent();

        assertThat(leases.tryAcquire("acme")).isEmpty();

        first.get().close();
        assertThat(leases.tryAcquire("acme")).isPresent();
    }

    @Test
    void tenantsDoNotBlockEachOther() {
        TenantLease leases = lease();
        assertThat(leases.tryAcquire("acme")).isPresent();
        assertThat(leases.tryAcquire("globex")).isPresent();
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheOldHoldersReleaseLeavesTheNewOne() {
        TenantLease leases = lease();
        TenantLease.Held crashed = leases.tryAcquire("acme").orElseThrow();

        now = now.plus(TTL).plusSeconds(1);
        TenantLease.Held next = leases.tryAcquire("acme").orElseThrow();
        crashed.close(); // late: must not free the lease the next writer holds

        assertThat(leases.tryAcquire("acme")).isEmpty();
        next.close();
        assertThat(leases.tryAcquire("acme")).isPresent();
    }

    @Test
    void theTableExpiresLeasesByTtlAndCreatingAgainIsHarmless() {
        DynamoDbTenantLease.createIfMissing(LocalDynamo.client(), table);
        var ttl = LocalDynamo.client().describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
        assertThat(ttl.attributeName()).isEqualTo(OptimizationTables.EXPIRES_AT);
        assertThatThrownBy(() -> lease().tryAcquire("../other")).isInstanceOf(IllegalArgumentException.class);
    }

    private TenantLease lease() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new DynamoDbTenantLease(LocalDynamo.client(), table, TTL, clock);
    }
}
