package com.netra.apex.dynamodb;

import com.netra.apex.core.tenancy.ApiKeyRecord;
import com.netra.apex.core.tenancy.ApiKeyStore;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * API keys in DynamoDB: one item per key id, with the {@code byTenant} index for listing.
 * {@link #listForTenant} reads a global secondary index, which is only eventually consistent,
 * so a key created a moment ago may be missing from it; {@link #find} is always current.
 */
public final class DynamoDbApiKeyStore implements ApiKeyStore {

    // Building a bean schema is reflective and slow; once per JVM (and inside a SnapStart snapshot).
    private static final TableSchema<ApiKeyItem> SCHEMA = TableSchema.fromBean(ApiKeyItem.class);
    private static final Expression KEY_IS_NEW = Expression.builder()
            .expression("attribute_not_exists(#id)")
            .putExpressionName("#id", ApexTables.KEY_ID)
            .build();

    private final DynamoDbTable<ApiKeyItem> table;
    private final DynamoDbIndex<ApiKeyItem> byTenant;

    public DynamoDbApiKeyStore(DynamoDbClient client, String tableName) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.table = enhanced.table(tableName, SCHEMA);
        this.byTenant = table.index(ApexTables.BY_TENANT);
    }

    /** @throws IllegalStateException if a key with the same id already exists */
    @Override
    public void create(ApiKeyRecord key) {
        PutItemEnhancedRequest<ApiKeyItem> put = PutItemEnhancedRequest.builder(ApiKeyItem.class)
                .item(ApiKeyItem.from(key))
                .conditionExpression(KEY_IS_NEW)
                .build();
        try {
            table.putItem(put);
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("API key id already exists: " + key.keyId(), e);
        }
    }

    @Override
    public Optional<ApiKeyRecord> find(String keyId) {
        // Strongly consistent: a revocation must stop the key on the very next request.
        GetItemEnhancedRequest get = GetItemEnhancedRequest.builder()
                .key(Key.builder().partitionValue(keyId).build())
                .consistentRead(true)
                .build();
        return Optional.ofNullable(table.getItem(get)).map(ApiKeyItem::toRecord);
    }

    @Override
    public void save(ApiKeyRecord key) {
        table.putItem(ApiKeyItem.from(key));
    }

    /** The tenant's keys, oldest first. */
    @Override
    public List<ApiKeyRecord> listForTenant(String tenantId) {
        return byTenant.query(QueryConditional.keyEqualTo(k -> k.partitionValue(tenantId))).stream()
                .flatMap(page -> page.items().stream())
                .map(ApiKeyItem::toRecord)
                .toList();
    }
}
