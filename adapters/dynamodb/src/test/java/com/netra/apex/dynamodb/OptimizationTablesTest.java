package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class OptimizationTablesTest {

    private final DynamoDbClient client = LocalDynamo.client();

    private TableDescription describe(String table) {
        return client.describeTable(b -> b.tableName(table)).table();
    }

    private String ttlAttribute(String table) {
        var ttl = client.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
        return "ENABLED".equals(ttl.timeToLiveStatusAsString()) ? ttl.attributeName() : null;
    }

    @Test
    void defaultNames() {
        assertThat(OptimizationTables.defaults())
                .isEqualTo(new OptimizationTables("apex-answer-cache", "apex-semantic-index", "apex-policies"));
    }

    @Test
    void createsTheThreeTablesWithTheirKeys() {
        OptimizationTables tables = LocalDynamo.freshOptimizationTables();

        assertThat(describe(tables.answers()).keySchema()).extracting(k -> k.attributeName() + ":" + k.keyTypeAsString())
                .containsExactly("pk:HASH");
        assertThat(describe(tables.semanticIndex()).keySchema()).extracting(k -> k.attributeName() + ":" + k.keyTypeAsString())
                .containsExactly("pk:HASH");
        assertThat(describe(tables.policies()).keySchema()).extracting(k -> k.attributeName() + ":" + k.keyTypeAsString())
                .containsExactly("pk:HASH", "sk:RANGE");
        for (String t : new String[] {tables.answers(), tables.semanticIndex(), tables.policies()}) {
            assertThat(describe(t).billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        }
    }

    @Test
    void theCacheTablesExpireItemsOnExpiresAtAndThePoliciesTableNever() {
        OptimizationTables tables = LocalDynamo.freshOptimizationTables();

        assertThat(ttlAttribute(tables.answers())).isEqualTo(OptimizationTables.EXPIRES_AT);
        assertThat(ttlAttribute(tables.semanticIndex())).isEqualTo(OptimizationTables.EXPIRES_AT);
        assertThat(ttlAttribute(tables.policies())).isNull();
    }

    @Test
    void creatingAgainIsHarmless() {
        OptimizationTables tables = LocalDynamo.freshOptimizationTables();
        new DynamoDbPolicyStore(client, tables.policies()).put("acme", "tenant", java.util.Map.of("holdout", "0.1"));

        tables.createIfMissing(client);

        assertThat(new DynamoDbPolicyStore(client, tables.policies()).settings("acme", "tenant"))
                .containsEntry("holdout", "0.1");
        assertThat(ttlAttribute(tables.answers())).isEqualTo(OptimizationTables.EXPIRES_AT);
    }
}
