package com.netra.apex.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/** One in-memory DynamoDB Local engine for the whole test JVM; each test gets its own tables. */
final class LocalDynamo {

    // Starting the engine costs about a second, so tests share it and isolate by table name instead.
    // create(true) disables telemetry. DynamoDB Local 3.3.1 only treats DDB_LOCAL_TELEMETRY=0 as "off"
    // (any other value, "false" included, leaves it on), and when on it writes
    // dynamodb-local-metadata.json into the working directory and builds a Pinpoint client.
    private static final AmazonDynamoDBLocal ENGINE = DynamoDBEmbedded.create(true);
    private static final DynamoDbClient CLIENT = ENGINE.dynamoDbClient();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private LocalDynamo() {
    }

    static DynamoDbClient client() {
        return CLIENT;
    }

    /** Fresh, empty, active tables with the production schemas. */
    static ApexTables freshTables() {
        int n = COUNTER.incrementAndGet();
        ApexTables tables = new ApexTables("keys-" + n, "usage-" + n);
        tables.createIfMissing(CLIENT);
        return tables;
    }

    /** Fresh, empty, active optimization tables (answers, semantic index, policies) with the production schemas. */
    static OptimizationTables freshOptimizationTables() {
        int n = COUNTER.incrementAndGet();
        OptimizationTables tables = new OptimizationTables("answers-" + n, "semantic-" + n, "policies-" + n);
        tables.createIfMissing(CLIENT);
        return tables;
    }

    /** Every item of a table, across scan pages (usage items are large, so a page holds few). */
    static List<Map<String, AttributeValue>> scanAll(String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        CLIENT.scanPaginator(b -> b.tableName(table)).items().forEach(items::add);
        return items;
    }
}
