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
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The semantic cache's LSH index: one item per entry and band, partition key {@code tenant#scope#bucket},
 * sort key newest-first. A lookup is one Query per band, run in parallel, each reading at most a fixed
 * number of items, so its latency and cost stay flat however many entries a tenant has.
 */
public final class DynamoDbSemanticIndex implements SemanticIndex, AutoCloseable {

    private static final int BATCH_WRITE_LIMIT = 25;

    private final DynamoDbClient client;
    private final String table;
    private final ExecutorService queries;

    public DynamoDbSemanticIndex(DynamoDbClient client, String table, int parallelQueries) {
        this.client = client;
        this.table = table;
        this.queries = Executors.newFixedThreadPool(parallelQueries, r -> {
            Thread t = new Thread(r, "apex-semantic-index");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public List<SemanticEntry> candidates(String tenantId, String scope, List<String> buckets, int perBucket) {
        List<CompletableFuture<List<SemanticEntry>>> pending = new ArrayList<>(buckets.size());
        for (String bucket : buckets) {
            pending.add(CompletableFuture.supplyAsync(() -> query(pk(tenantId, scope, bucket), perBucket), queries));
        }
        List<SemanticEntry> out = new ArrayList<>();
        pending.forEach(f -> out.addAll(f.join()));
        return out;
    }

    private List<SemanticEntry> query(String pk, int limit) {
        return client.query(q -> q.tableName(table).limit(limit)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", ApexTables.PK))
                        .expressionAttributeValues(Map.of(":pk", s(pk))))
                .items().stream().map(DynamoDbSemanticIndex::entry).toList();
    }

    @Override
    public void add(String tenantId, String scope, List<String> buckets, SemanticEntry entry) {
        List<WriteRequest> writes = new ArrayList<>();
        String sk = newestFirst(Instant.now()) + "#" + entry.entryId();
        for (String bucket : buckets) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(ApexTables.PK, s(pk(tenantId, scope, bucket)));
            item.put(ApexTables.SK, s(sk));
            item.put("id", s(entry.entryId()));
            item.put("vec", AttributeValue.builder().b(SdkBytes.fromByteArray(entry.vector())).build());
            item.put("fp", s(entry.fingerprint()));
            item.put(OptimizationTables.EXPIRES_AT, AttributeValue.builder().n(Long.toString(entry.expiresAt().getEpochSecond())).build());
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        for (int i = 0; i < writes.size(); i += BATCH_WRITE_LIMIT) {
            write(writes.subList(i, Math.min(writes.size(), i + BATCH_WRITE_LIMIT)));
        }
    }

    private void write(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int attempt = 0; !pending.isEmpty() && attempt < 5; attempt++) {
            Map<String, List<WriteRequest>> request = pending;
            pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("semantic index writes still unprocessed after 5 attempts");
        }
    }

    /** Sorts newest first under an ascending Query: the inverted epoch millisecond, zero-padded. */
    static String newestFirst(Instant at) {
        return String.format("%019d", Long.MAX_VALUE - at.toEpochMilli());
    }

    private static SemanticEntry entry(Map<String, AttributeValue> item) {
        return new SemanticEntry(item.get("id").s(), item.get("vec").b().asByteArray(), item.get("fp").s(),
                Instant.ofEpochSecond(Long.parseLong(item.get(OptimizationTables.EXPIRES_AT).n())));
    }

    private static String pk(String tenantId, String scope, String bucket) {
        return tenantId + "#" + scope + "#" + bucket;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    @Override
    public void close() {
        queries.shutdownNow();
    }
}
