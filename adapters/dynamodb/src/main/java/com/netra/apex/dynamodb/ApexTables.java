package com.netra.apex.dynamodb;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The names and key schemas of Apex's DynamoDB tables. In AWS the CDK stack creates the tables;
 * {@link #createIfMissing} is for DynamoDB Local and tests.
 *
 * @param apiKeys name of the API key table
 * @param usage   name of the usage record table
 * @param tenantCredentials name of the table of tenants' own (sealed) provider keys
 */
public record ApexTables(String apiKeys, String usage, String tenantCredentials) {

    public static final String DEFAULT_API_KEYS = "apex-api-keys";
    public static final String DEFAULT_USAGE = "apex-usage";
    public static final String DEFAULT_TENANT_CREDENTIALS = "apex-tenant-credentials";
    /** Environment variables that override the table names (set by the CDK stack on each function). */
    public static final String API_KEYS_ENV = "APEX_API_KEYS_TABLE";
    public static final String USAGE_ENV = "APEX_USAGE_TABLE";

    public static final String KEY_ID = "keyId";
    public static final String BY_TENANT = "byTenant";
    public static final String TENANT_ID = "tenantId";
    public static final String CREATED_AT = "createdAt";
    public static final String PK = "pk";
    public static final String SK = "sk";

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration ACTIVE_TIMEOUT = Duration.ofMinutes(3);

    public ApexTables {
        if (apiKeys == null || apiKeys.isBlank() || usage == null || usage.isBlank()
                || tenantCredentials == null || tenantCredentials.isBlank()) {
            throw new IllegalArgumentException("table names must not be blank");
        }
    }

    public ApexTables(String apiKeys, String usage) {
        this(apiKeys, usage, DEFAULT_TENANT_CREDENTIALS);
    }

    public static ApexTables defaults() {
        return new ApexTables(DEFAULT_API_KEYS, DEFAULT_USAGE);
    }

    /** Names from {@value #API_KEYS_ENV} and {@value #USAGE_ENV}, defaulting where unset. */
    public static ApexTables fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static ApexTables fromEnvironment(Map<String, String> env) {
        return new ApexTables(env.getOrDefault(API_KEYS_ENV, DEFAULT_API_KEYS), env.getOrDefault(USAGE_ENV, DEFAULT_USAGE));
    }

    /** Creates whichever tables do not exist (on-demand billing) and waits until all are active. */
    public void createIfMissing(DynamoDbClient client) {
        createIfMissing(client, apiKeysTableRequest());
        createIfMissing(client, usageTableRequest());
        createIfMissing(client, tenantCredentialsTableRequest());
        awaitActive(client, apiKeys);
        awaitActive(client, usage);
        awaitActive(client, tenantCredentials);
    }

    private CreateTableRequest tenantCredentialsTableRequest() {
        return CreateTableRequest.builder()
                .tableName(tenantCredentials)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(DynamoDbTenantCredentialStore.TENANT_ID), string(DynamoDbTenantCredentialStore.PROVIDER))
                .keySchema(key(DynamoDbTenantCredentialStore.TENANT_ID, KeyType.HASH), key(DynamoDbTenantCredentialStore.PROVIDER, KeyType.RANGE))
                .build();
    }

    private CreateTableRequest apiKeysTableRequest() {
        GlobalSecondaryIndex byTenant = GlobalSecondaryIndex.builder()
                .indexName(BY_TENANT)
                .keySchema(key(TENANT_ID, KeyType.HASH), key(CREATED_AT, KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
        return CreateTableRequest.builder()
                .tableName(apiKeys)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(KEY_ID), string(TENANT_ID), string(CREATED_AT))
                .keySchema(key(KEY_ID, KeyType.HASH))
                .globalSecondaryIndexes(byTenant)
                .build();
    }

    private CreateTableRequest usageTableRequest() {
        return CreateTableRequest.builder()
                .tableName(usage)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(PK), string(SK))
                .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                .build();
    }

    static void createIfMissing(DynamoDbClient client, CreateTableRequest request) {
        if (exists(client, request.tableName())) {
            return;
        }
        try {
            client.createTable(request);
        } catch (ResourceInUseException alreadyBeingCreated) {
            // Another process (a second `apex up`, a parallel test) won the race; waiting is enough.
        }
    }

    private static boolean exists(DynamoDbClient client, String table) {
        try {
            client.describeTable(b -> b.tableName(table));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    // Polled by hand: the SDK's TableExists waiter sleeps 20 s between checks, far too slow locally.
    static void awaitActive(DynamoDbClient client, String table) {
        long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
        while (client.describeTable(b -> b.tableName(table)).table().tableStatus() != TableStatus.ACTIVE) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("table " + table + " not active after " + ACTIVE_TIMEOUT);
            }
            sleep(POLL);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a table", e);
        }
    }

    static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
