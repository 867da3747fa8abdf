package com.netra.apex.dynamodb;

import com.netra.apex.core.optimize.PolicyStore;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Tenants' optimization settings: partition key the tenant, sort key the scope ("tenant" or "key#ID"). */
public final class DynamoDbPolicyStore implements PolicyStore {

    private static final String SETTINGS = "settings";

    private final DynamoDbClient client;
    private final String table;

    public DynamoDbPolicyStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public Map<String, String> settings(String tenantId, String scope) {
        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(tenantId, scope))).item();
        Map<String, String> out = new TreeMap<>();
        if (item != null && item.containsKey(SETTINGS)) {
            item.get(SETTINGS).m().forEach((name, value) -> out.put(name, value.s()));
        }
        return out;
    }

    @Override
    public void put(String tenantId, String scope, Map<String, String> settings) {
        if (settings.isEmpty()) {
            client.deleteItem(r -> r.tableName(table).key(key(tenantId, scope)));
            return;
        }
        Map<String, AttributeValue> values = new TreeMap<>();
        settings.forEach((name, value) -> values.put(name, AttributeValue.builder().s(value).build()));
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(tenantId, scope));
        item.put(SETTINGS, AttributeValue.builder().m(values).build());
        client.putItem(r -> r.tableName(table).item(item));
    }

    private static Map<String, AttributeValue> key(String tenantId, String scope) {
        return Map.of(ApexTables.PK, AttributeValue.builder().s(tenantId).build(),
                ApexTables.SK, AttributeValue.builder().s(scope).build());
    }
}
