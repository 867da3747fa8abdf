package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class ApexTablesTest {

    @Test
    void namesDefaultAndCanBeOverriddenFromTheEnvironment() {
        assertThat(ApexTables.defaults()).isEqualTo(new ApexTables("apex-api-keys", "apex-usage"));
        assertThat(ApexTables.fromEnvironment(Map.of())).isEqualTo(ApexTables.defaults());
        assertThat(ApexTables.fromEnvironment(Map.of("APEX_API_KEYS_TABLE", "k", "APEX_USAGE_TABLE", "u")))
                .isEqualTo(new ApexTables("k", "u"));
    }

    @Test
    void createsBothTablesOnDemandWithTheDocumentedKeysAndIsIdempotent() {
        ApexTables tables = LocalDynamo.freshTables();
        tables.createIfMissing(LocalDynamo.client());

        TableDescription keys = describe(LocalDynamo.client(), tables.apiKeys());
        assertThat(keys.keySchema()).singleElement().satisfies(k -> assertThat(k.attributeName()).isEqualTo("keyId"));
        assertThat(keys.globalSecondaryIndexes()).singleElement().satisfies(gsi -> {
            assertThat(gsi.indexName()).isEqualTo("byTenant");
            assertThat(gsi.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyTypeAsString())
                    .containsExactly("tenantId:HASH", "createdAt:RANGE");
            assertThat(gsi.projection().projectionType()).isEqualTo(ProjectionType.ALL);
        });
        TableDescription usage = describe(LocalDynamo.client(), tables.usage());
        assertThat(usage.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyTypeAsString())
                .containsExactly("pk:HASH", "sk:RANGE");
        assertThat(keys.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(usage.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    }

    private static TableDescription describe(DynamoDbClient client, String table) {
        return client.describeTable(b -> b.tableName(table)).table();
    }
}
