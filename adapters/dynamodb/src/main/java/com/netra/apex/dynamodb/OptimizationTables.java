package com.netra.apex.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * The optimization engine's tables: cached answers, the semantic index and tenants' optimization
 * settings. The two cache tables expire items through DynamoDB TTL on {@value #EXPIRES_AT}; reads also
 * check it, because TTL deletion can lag by days.
 */
public record OptimizationTables(String answers, String semanticIndex, String policies) {

    public static final String EXPIRES_AT = "expiresAt";

    public static OptimizationTables defaults() {
        return new OptimizationTables("apex-answer-cache", "apex-semantic-index", "apex-policies");
    }

    /** Creates whichever tables do not exist and waits until they are active (DynamoDB Local, tests). */
    public void createIfMissing(DynamoDbClient client) {
        ApexTables.createIfMissing(client, table(answers, false));
        ApexTables.createIfMissing(client, table(semanticIndex, false));
        ApexTables.createIfMissing(client, table(policies, true));
        ApexTables.awaitActive(client, answers);
        ApexTables.awaitActive(client, semanticIndex);
        ApexTables.awaitActive(client, policies);
        enableTtl(client, answers);
        enableTtl(client, semanticIndex);
    }

    private static CreateTableRequest table(String name, boolean withSortKey) {
        CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
        return withSortKey
                ? b.attributeDefinitions(ApexTables.string(ApexTables.PK), ApexTables.string(ApexTables.SK))
                    .keySchema(ApexTables.key(ApexTables.PK, KeyType.HASH), ApexTables.key(ApexTables.SK, KeyType.RANGE)).build()
                : b.attributeDefinitions(ApexTables.string(ApexTables.PK))
                    .keySchema(ApexTables.key(ApexTables.PK, KeyType.HASH)).build();
    }

    static void enableTtl(DynamoDbClient client, String table) {
        boolean enabled = "ENABLED".equals(client.describeTimeToLive(b -> b.tableName(table))
                .timeToLiveDescription().timeToLiveStatusAsString());
        if (!enabled) {
            client.updateTimeToLive(b -> b.tableName(table)
                    .timeToLiveSpecification(t -> t.attributeName(EXPIRES_AT).enabled(true)));
        }
    }
}
