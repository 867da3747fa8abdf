package com.netra.apex.dynamodb;

import com.netra.apex.core.tenancy.TenantCredentialStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Tenants' sealed provider keys: partition key {@code tenantId}, sort key {@code provider}, so one
 * Query returns exactly one tenant's keys. Values arrive already encrypted; this class never sees plaintext.
 */
public final class DynamoDbTenantCredentialStore implements TenantCredentialStore {

    static final String TENANT_ID = "tenantId";
    static final String PROVIDER = "provider";
    private static final String SEALED = "sealedKey";

    private final DynamoDbClient client;
    private final String table;

    public DynamoDbTenantCredentialStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public void put(String tenantId, String provider, String sealedKey) {
        client.putItem(r -> r.tableName(table).item(Map.of(
                TENANT_ID, s(tenantId), PROVIDER, s(provider), SEALED, s(sealedKey),
                "updatedAt", s(Instant.now().toString()))));
    }

    @Override
    public Map<String, String> findAll(String tenantId) {
        Map<String, String> keys = new HashMap<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("#t = :t")
                    .expressionAttributeNames(Map.of("#t", TENANT_ID))
                    .expressionAttributeValues(Map.of(":t", s(tenantId)));
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse page = client.query(query.build());
            page.items().forEach(item -> keys.put(item.get(PROVIDER).s(), item.get(SEALED).s()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return keys;
    }

    @Override
    public boolean remove(String tenantId, String provider) {
        Map<String, AttributeValue> old = client.deleteItem(r -> r.tableName(table)
                .key(Map.of(TENANT_ID, s(tenantId), PROVIDER, s(provider))).returnValues(ReturnValue.ALL_OLD)).attributes();
        return old != null && !old.isEmpty();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }
}
