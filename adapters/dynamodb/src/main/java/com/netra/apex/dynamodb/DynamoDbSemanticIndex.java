package com.netra.apex.dynamodb;

import com.netra.apex.core.cache.SemanticEntry;
import com.netra.apex.core.cache.SemanticIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The semantic cache's LSH index: one item per bucket, partition key {@code tenant#scope#bucket}, holding
 * the bucket's newest {@link #CAPACITY} entries (id, int8 vector, fingerprint, expiry). A lookup is a
 * single BatchGetItem of the query's buckets (one per band), so its latency and cost stay flat however
 * many entries a tenant has; older entries of a crowded bucket age out first.
 */
public final class DynamoDbSemanticIndex implements SemanticIndex, AutoCloseable {

    /** Entries kept per bucket: 32 x ~560 bytes keeps an item near 18 KB, far below DynamoDB's 400 KB. */
    static final int CAPACITY = 32;
    private static final String ENTRIES = "e";

    private final DynamoDbClient client;
    private final String table;
    private final ExecutorService writes;

    public DynamoDbSemanticIndex(DynamoDbClient client, String table, int parallelWrites) {
        this.client = client;
        this.table = table;
        this.writes = Executors.newFixedThreadPool(parallelWrites, r -> {
            Thread t = new Thread(r, "apex-semantic-index");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public List<SemanticEntry> candidates(String tenantId, String scope, List<String> buckets, int perBucket) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        buckets.forEach(b -> keys.add(Map.of(ApexTables.PK, s(pk(tenantId, scope, b)))));
        Map<String, List<SemanticEntry>> byBucket = new HashMap<>();
        Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
        for (int attempt = 0; !pending.isEmpty() && attempt < 5; attempt++) {
            Map<String, KeysAndAttributes> request = pending;
            var response = client.batchGetItem(b -> b.requestItems(request));
            response.responses().getOrDefault(table, List.of())
                    .forEach(item -> byBucket.put(item.get(ApexTables.PK).s(), newest(item, perBucket)));
            pending = response.unprocessedKeys();
        }
        List<SemanticEntry> out = new ArrayList<>(); // in bucket order, whatever order DynamoDB answered in
        buckets.forEach(b -> out.addAll(byBucket.getOrDefault(pk(tenantId, scope, b), List.of())));
        return out;
    }

    private static List<SemanticEntry> newest(Map<String, AttributeValue> item, int limit) {
        List<AttributeValue> entries = item.containsKey(ENTRIES) ? item.get(ENTRIES).l() : List.of();
        List<SemanticEntry> out = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && out.size() < limit; i--) {
            out.add(entry(entries.get(i).m()));
        }
        return out;
    }

    @Override
    public void add(String tenantId, String scope, List<String> buckets, SemanticEntry entry) {
        AttributeValue value = AttributeValue.builder().l(AttributeValue.builder().m(item(entry)).build()).build();
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (String bucket : buckets) {
            done.add(CompletableFuture.runAsync(() -> append(pk(tenantId, scope, bucket), value, entry.expiresAt()), writes));
        }
        done.forEach(CompletableFuture::join);
    }

    /** Appends to the bucket, then trims its oldest entries if it grew past capacity. */
    private void append(String pk, AttributeValue value, Instant expiresAt) {
        Map<String, AttributeValue> after = client.updateItem(u -> u.tableName(table)
                .key(Map.of(ApexTables.PK, s(pk)))
                .updateExpression("SET #e = list_append(if_not_exists(#e, :empty), :new), #x = :x")
                .expressionAttributeNames(Map.of("#e", ENTRIES, "#x", OptimizationTables.EXPIRES_AT))
                .expressionAttributeValues(Map.of(":empty", AttributeValue.builder().l(List.of()).build(), ":new", value,
                        ":x", n(expiresAt.getEpochSecond())))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        int size = after.get(ENTRIES).l().size();
        if (size > CAPACITY) {
            trim(pk, size);
        }
    }

    private void trim(String pk, int size) {
        StringBuilder remove = new StringBuilder("REMOVE ");
        for (int i = 0; i < size - CAPACITY; i++) {
            remove.append(i == 0 ? "" : ", ").append("#e[").append(i).append(']');
        }
        try {
            client.updateItem(u -> u.tableName(table).key(Map.of(ApexTables.PK, s(pk)))
                    .updateExpression(remove.toString())
                    .conditionExpression("size(#e) = :n") // another writer changed it: its own trim will do
                    .expressionAttributeNames(Map.of("#e", ENTRIES))
                    .expressionAttributeValues(Map.of(":n", n(size))));
        } catch (ConditionalCheckFailedException raced) {
            // a concurrent append trims on its own; a bucket briefly over capacity is harmless
        }
    }

    private static Map<String, AttributeValue> item(SemanticEntry entry) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("id", s(entry.entryId()));
        m.put("v", AttributeValue.builder().b(SdkBytes.fromByteArray(entry.vector())).build());
        m.put("f", s(entry.fingerprint()));
        m.put("x", n(entry.expiresAt().getEpochSecond()));
        return m;
    }

    private static SemanticEntry entry(Map<String, AttributeValue> m) {
        return new SemanticEntry(m.get("id").s(), m.get("v").b().asByteArray(), m.get("f").s(),
                Instant.ofEpochSecond(Long.parseLong(m.get("x").n())));
    }

    private static String pk(String tenantId, String scope, String bucket) {
        return tenantId + "#" + scope + "#" + bucket;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }

    @Override
    public void close() {
        writes.shutdownNow();
    }
}
