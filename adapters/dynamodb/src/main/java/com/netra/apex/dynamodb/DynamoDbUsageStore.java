package com.netra.apex.dynamodb;

import com.netra.apex.core.resilience.Backoff;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.core.usage.UsageStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Usage records in DynamoDB, packed many to an item, one partition per tenant and UTC day. */
public final class DynamoDbUsageStore implements UsageStore {

    // Per-item overhead dominates DynamoDB Local (~800 items/s on disk, whatever their size), and in AWS a
    // ~500-byte record alone costs a whole write unit, so records travel in compressed batches of one
    // partition; UsageBatches defines the item format.

    /** BatchWriteItem's limit on items per call. */
    static final int BATCH_SIZE = 25;
    /** Longest range {@link #query} accepts: one partition is read per day. */
    static final long MAX_QUERY_DAYS = 731;

    private static final Comparator<UsageRecord> TIME_ORDER =
            Comparator.comparing(UsageRecord::receivedAt).thenComparing(UsageRecord::requestId);

    private final DynamoDbClient client;
    private final String tableName;
    private final int maxAttempts;
    private final Backoff backoff;

    public DynamoDbUsageStore(DynamoDbClient client, String tableName) {
        this(client, tableName, 8, new Backoff(Duration.ofMillis(50), Duration.ofSeconds(1)));
    }

    /** @param maxAttempts BatchWriteItem calls per chunk before unprocessed items are reported as a failure */
    public DynamoDbUsageStore(DynamoDbClient client, String tableName, int maxAttempts, Backoff backoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.client = client;
        this.tableName = tableName;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    /**
     * Stores the records as batch items; the same records in the same grouping map to the same items,
     * so a retried call overwrites rather than duplicates (and readers de-duplicate any other overlap).
     *
     * @throws IllegalStateException if some items are still unwritten after the bounded retries
     */
    @Override
    public void putAll(List<UsageRecord> records) {
        List<WriteRequest> writes = new ArrayList<>();
        for (Map<String, AttributeValue> item : UsageBatches.pack(records)) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        for (int from = 0; from < writes.size(); from += BATCH_SIZE) {
            writeChunk(writes.subList(from, Math.min(from + BATCH_SIZE, writes.size())));
        }
    }

    private void writeChunk(List<WriteRequest> chunk) {
        List<WriteRequest> pending = chunk;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            pending = writeOnce(pending);
            if (pending.isEmpty()) {
                return;
            }
            if (attempt < maxAttempts) {
                pause(backoff.delay(attempt, null));
            }
        }
        throw new IllegalStateException(pending.size() + " usage items (" + recordsIn(pending)
                + " usage records) were still unprocessed after " + maxAttempts + " BatchWriteItem attempts");
    }

    /** Sends one batch; returns the writes DynamoDB left unprocessed (it does so under throttling). */
    private List<WriteRequest> writeOnce(List<WriteRequest> writes) {
        BatchWriteItemRequest request = BatchWriteItemRequest.builder()
                .requestItems(Map.of(tableName, writes))
                .build();
        List<WriteRequest> left = client.batchWriteItem(request).unprocessedItems().get(tableName);
        return left == null ? List.of() : left;
    }

    private static int recordsIn(List<WriteRequest> writes) {
        return writes.stream().mapToInt(w -> Integer.parseInt(w.putRequest().item().get(UsageBatches.COUNT).n())).sum();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying unprocessed usage records", e);
        }
    }

    /** The tenant's records received in [from, to), each request once, oldest first; strongly consistent. */
    @Override
    public List<UsageRecord> query(String tenantId, Instant from, Instant to) {
        if (tenantId == null || tenantId.isEmpty()) {
            throw new IllegalArgumentException("tenantId is required");
        }
        if (!from.isBefore(to)) {
            return new ArrayList<>();
        }
        LocalDate first = IsoInstants.utcDay(from);
        LocalDate last = IsoInstants.utcDay(to.minusNanos(1));
        if (ChronoUnit.DAYS.between(first, last) >= MAX_QUERY_DAYS) {
            throw new IllegalArgumentException("usage queries may span at most " + MAX_QUERY_DAYS + " days");
        }
        List<UsageRecord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (Map<String, AttributeValue> item : queryDay(UsageBatches.partitionKey(tenantId, day), from, to)) {
                for (UsageRecord r : UsageBatches.unpack(item)) {
                    // A batch holds records around the range too; the tenant check is defence in depth.
                    // A replay chunked differently stores a record in two batches: keep the first seen.
                    boolean inRange = !r.receivedAt().isBefore(from) && r.receivedAt().isBefore(to);
                    if (inRange && r.tenantId().equals(tenantId) && seen.add(r.requestId())) {
                        out.add(r);
                    }
                }
            }
        }
        out.sort(TIME_ORDER);
        return out;
    }

    /** Every batch of one partition that may hold a record received in [from, to), following pages. */
    private List<Map<String, AttributeValue>> queryDay(String pk, Instant from, Instant to) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryRequest request = QueryRequest.builder()
                    .tableName(tableName)
                    .keyConditionExpression("#pk = :pk AND #sk BETWEEN :lo AND :hi")
                    .expressionAttributeNames(Map.of("#pk", ApexTables.PK, "#sk", ApexTables.SK))
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(pk),
                            ":lo", AttributeValue.fromS(UsageBatches.sortKeyFloor(from)),
                            ":hi", AttributeValue.fromS(UsageBatches.sortKeyCeiling(to))))
                    .consistentRead(true)
                    .exclusiveStartKey(startKey)
                    .build();
            QueryResponse page = client.query(request);
            items.addAll(page.items());
            boolean more = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty();
            startKey = more ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return items;
    }
}
