package com.netra.apex.cdk;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.constructs.Construct;

/**
 * The gateway's DynamoDB tables: API keys (with a per-tenant index), usage records, tenants' sealed provider
 * keys, optimization settings, and the answer caches.
 */
public class DataTables extends Construct {

    /** GSI on the keys table listing a tenant's keys by creation time. */
    public static final String BY_TENANT_INDEX = "byTenant";

    private final Table keys;
    private final Table usage;
    private final Table tenantCredentials;
    private final Table answerCache;
    private final Table semanticIndex;
    private final Table policies;

    /** Creates the tables, on-demand, with point-in-time recovery, retained on stack deletion. */
    public DataTables(Construct scope, String id) {
        super(scope, id);
        this.keys = table("ApiKeys", "keyId", null);
        keys.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                .indexName(BY_TENANT_INDEX)
                .partitionKey(string("tenantId"))
                .sortKey(string("createdAt"))
                .projectionType(ProjectionType.ALL)
                .build());
        // pk = tenantId#yyyy-MM-dd spreads a tenant's writes over days; sk = receivedAt#requestId
        // keeps records time-ordered and unique per request.
        this.usage = table("UsageRecords", "pk", "sk");
        // One Query per tenant returns all of its own provider keys (AES-GCM sealed by the gateway).
        this.tenantCredentials = table("TenantCredentials", "tenantId", "provider");
        // Tenants' optimization settings: pk = tenant, sk = "tenant" or "key#ID".
        this.policies = table("OptimizationPolicies", "pk", "sk");
        // Caches can be rebuilt from traffic: no backups, removed with the stack, expired by TTL.
        this.answerCache = cacheTable("AnswerCache", null);
        this.semanticIndex = cacheTable("SemanticIndex", null);
    }

    /** Cached answers (partition key {@code pk} = tenant#key), expired by TTL on {@code expiresAt}. */
    public Table getAnswerCache() {
        return answerCache;
    }

    /** The semantic cache's LSH index, one item per bucket (pk = tenant#scope#bucket), TTL on {@code expiresAt}. */
    public Table getSemanticIndex() {
        return semanticIndex;
    }

    /** Tenants' and API keys' optimization settings (pk = tenant, sk = scope). */
    public Table getPolicies() {
        return policies;
    }

    /** Tenants' own provider keys, sealed (partition key {@code tenantId}, sort key {@code provider}). */
    public Table getTenantCredentials() {
        return tenantCredentials;
    }

    /** The API keys table (partition key {@code keyId}). */
    public Table getKeys() {
        return keys;
    }

    /** The usage records table (partition key {@code pk}, sort key {@code sk}). */
    public Table getUsage() {
        return usage;
    }

    private Table table(String id, String partitionKey, String sortKey) {
        Table.Builder builder = Table.Builder.create(this, id)
                .partitionKey(string(partitionKey))
                // Gateway traffic is spiky and per-tenant; on-demand avoids paying for idle capacity.
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                // Keys and usage are the billing record: never lose them to a stack deletion.
                .removalPolicy(RemovalPolicy.RETAIN);
        if (sortKey != null) {
            builder.sortKey(string(sortKey));
        }
        return builder.build();
    }

    private Table cacheTable(String id, String sortKey) {
        Table.Builder builder = Table.Builder.create(this, id)
                .partitionKey(string("pk"))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .timeToLiveAttribute("expiresAt")
                .removalPolicy(RemovalPolicy.DESTROY);
        if (sortKey != null) {
            builder.sortKey(string(sortKey));
        }
        return builder.build();
    }

    private static Attribute string(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }
}
