package com.netra.apex.dynamodb;

import com.netra.apex.core.wedge.store.TenantLease;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * One Wedge writer per tenant across Lambda environments: a conditional put of {@code pk = tenant} that only
 * succeeds when no unexpired lease exists, and a delete that only removes our own lease. Expired items are
 * taken over (and eventually removed by TTL on {@value OptimizationTables#EXPIRES_AT}).
 */
public final class DynamoDbTenantLease implements TenantLease {

    public static final String DEFAULT_TABLE = "apex-wedge-leases";
    /** Environment variable naming the table (set by the CDK stack on the ingest function). */
    public static final String TABLE_ENV = "APEX_WEDGE_LEASES_TABLE";
    static final String HOLDER = "holder";

    private final DynamoDbClient client;
    private final String table;
    private final Duration ttl;
    private final Clock clock;

    /** @param ttl how long a lease lasts: longer than any holder runs (the Lambda timeout), so it is never lost mid-write */
    public DynamoDbTenantLease(DynamoDbClient client, String table, Duration ttl, Clock clock) {
        this.client = client;
        this.table = table;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Creates the lease table (pk only, TTL on expiresAt) if it does not exist: DynamoDB Local and tests. */
    public static void createIfMissing(DynamoDbClient client, String table) {
        ApexTables.createIfMissing(client, CreateTableRequest.builder().tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(ApexTables.string(ApexTables.PK))
                .keySchema(ApexTables.key(ApexTables.PK, KeyType.HASH)).build());
        ApexTables.awaitActive(client, table);
        OptimizationTables.enableTtl(client, table);
    }

    @Override
    public Optional<Held> tryAcquire(String tenantId) {
        WedgeScope.requireTenant(tenantId);
        String holder = UUID.randomUUID().toString();
        long now = clock.instant().getEpochSecond();
        try {
            client.putItem(b -> b.tableName(table)
                    .item(Map.of(ApexTables.PK, s(tenantId), HOLDER, s(holder),
                            OptimizationTables.EXPIRES_AT, n(now + ttl.toSeconds())))
                    .conditionExpression("attribute_not_exists(#pk) OR #exp <= :now")
                    .expressionAttributeNames(Map.of("#pk", ApexTables.PK, "#exp", OptimizationTables.EXPIRES_AT))
                    .expressionAttributeValues(Map.of(":now", n(now))));
        } catch (ConditionalCheckFailedException held) {
            return Optional.empty();
        }
        return Optional.of(() -> release(tenantId, holder));
    }

    private void release(String tenantId, String holder) {
        try {
            client.deleteItem(b -> b.tableName(table).key(Map.of(ApexTables.PK, s(tenantId)))
                    .conditionExpression("#holder = :me")
                    .expressionAttributeNames(Map.of("#holder", HOLDER))
                    .expressionAttributeValues(Map.of(":me", s(holder))));
        } catch (ConditionalCheckFailedException expiredAndTakenOver) {
            // Ours expired and another writer holds it now: theirs must stay.
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
