package com.netra.apex.dynamodb;

import com.netra.apex.core.resilience.Backoff;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.core.usage.UsageStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Usage records in DynamoDB, one partition per tenant and UTC day, sorted by time received.
 * A record's key is derived from its tenant, time and request id, so storing it again overwrites it.
 */
public final class DynamoDbUsageStore implements UsageStore {

    /** BatchWriteItem's limit on items per call. */
    static final int BATCH_SIZE = 25;
    /** Longest range {@link #query} accepts: one partition is read per day. */
    static final long MAX_QUERY_DAYS = 731;

    private static final TableSchema<UsageItem> SCHEMA = TableSchema.fromBean(UsageItem.class);

    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbTable<UsageItem> table;
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
        this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.table = enhanced.table(tableName, SCHEMA);
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    /** @throws IllegalStateException if some records are still unwritten after the bounded retries */
    @Override
    public void putAll(List<UsageRecord> records) {
        List<UsageItem> items = withoutDuplicates(records);
        for (int from = 0; from < items.size(); from += BATCH_SIZE) {
            writeChunk(items.subList(from, Math.min(from + BATCH_SIZE, items.size())));
        }
    }

    // BatchWriteItem rejects a whole call that names one key twice, so a record repeated within
    // one putAll (a retry queued behind the original) is sent once; the last copy wins, as in a re-put.
    private static List<UsageItem> withoutDuplicates(List<UsageRecord> records) {
        Map<String, UsageItem> byKey = new LinkedHashMap<>();
        for (UsageRecord r : records) {
            UsageItem item = UsageItem.from(r);
            byKey.put(item.primaryKey(), item);
        }
        return new ArrayList<>(byKey.values());
    }

    private void writeChunk(List<UsageItem> chunk) {
        List<UsageItem> pending = chunk;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            pending = writeOnce(pending);
            if (pending.isEmpty()) {
                return;
            }
            if (attempt < maxAttempts) {
                pause(backoff.delay(attempt, null));
            }
        }
        throw new IllegalStateException(pending.size() + " usage records were still unprocessed after "
                + maxAttempts + " BatchWriteItem attempts");
    }

    /** Sends one batch; returns the items DynamoDB left unprocessed (it does so under throttling). */
    private List<UsageItem> writeOnce(List<UsageItem> items) {
        WriteBatch.Builder<UsageItem> batch = WriteBatch.builder(UsageItem.class).mappedTableResource(table);
        items.forEach(batch::addPutItem);
        BatchWriteItemEnhancedRequest request = BatchWriteItemEnhancedRequest.builder()
                .addWriteBatch(batch.build())
                .build();
        return enhanced.batchWriteItem(request).unprocessedPutItemsForTable(table);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying unprocessed usage records", e);
        }
    }

    /** The tenant's records received in [from, to), oldest first; strongly consistent. */
    @Override
    public List<UsageRecord> query(String tenantId, Instant from, Instant to) {
        if (tenantId == null || tenantId.isEmpty()) {
            throw new IllegalArgumentException("tenantId is required");
        }
        List<UsageRecord> out = new ArrayList<>();
        if (!from.isBefore(to)) {
            return out;
        }
        LocalDate first = IsoInstants.utcDay(from);
        LocalDate last = IsoInstants.utcDay(to.minusNanos(1));
        if (ChronoUnit.DAYS.between(first, last) >= MAX_QUERY_DAYS) {
            throw new IllegalArgumentException("usage queries may span at most " + MAX_QUERY_DAYS + " days");
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            queryDay(UsageItem.partitionKey(tenantId, day), from, to, out);
        }
        return out;
    }

    private void queryDay(String pk, Instant from, Instant to, List<UsageRecord> out) {
        // sk = fixed-width time + "#" + request id, so sk >= time(from) exactly when received >= from,
        // and sk <= time(to) exactly when received < to: the inclusive BETWEEN gives [from, to).
        QueryConditional range = QueryConditional.sortBetween(
                Key.builder().partitionValue(pk).sortValue(IsoInstants.format(from)).build(),
                Key.builder().partitionValue(pk).sortValue(IsoInstants.format(to)).build());
        QueryEnhancedRequest request = QueryEnhancedRequest.builder()
                .queryConditional(range)
                .consistentRead(true)
                .build();
        // items() follows LastEvaluatedKey across pages.
        table.query(request).items().forEach(item -> out.add(item.toRecord()));
    }
}
