package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.resilience.Backoff;
import com.netra.apex.core.usage.UsageRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** DynamoDB Local never throttles, so a wrapper plays DynamoDB leaving part of each batch unprocessed. */
class UnprocessedItemsTest {

    private static final Backoff FAST = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5));

    /** Writes only the first half of each batch for the first {@code stingyCalls} calls. */
    private static final class StingyClient implements DynamoDbClient {
        private final DynamoDbClient real;
        private int stingyCalls;
        private final List<Integer> batchSizes = new ArrayList<>();

        StingyClient(DynamoDbClient real, int stingyCalls) {
            this.real = real;
            this.stingyCalls = stingyCalls;
        }

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            Map.Entry<String, List<WriteRequest>> only = request.requestItems().entrySet().iterator().next();
            List<WriteRequest> writes = only.getValue();
            batchSizes.add(writes.size());
            if (stingyCalls-- <= 0) {
                return real.batchWriteItem(request);
            }
            int half = Math.max(1, writes.size() / 2);
            real.batchWriteItem(b -> b.requestItems(Map.of(only.getKey(), writes.subList(0, half))));
            Map<String, List<WriteRequest>> left = new HashMap<>();
            if (half < writes.size()) {
                left.put(only.getKey(), writes.subList(half, writes.size()));
            }
            return BatchWriteItemResponse.builder().unprocessedItems(left).build();
        }

        @Override
        public String serviceName() {
            return real.serviceName();
        }

        @Override
        public void close() {
        }
    }

    /** Records further apart than a batch may span, so each travels as its own item. */
    private static List<UsageRecord> records(int n) {
        List<UsageRecord> out = new ArrayList<>();
        Instant at = Instant.parse("2025-03-01T01:00:00Z");
        for (int i = 0; i < n; i++) {
            out.add(UsageSamples.priced("acme", "r" + i, at, "0.5"));
            at = at.plus(UsageBatches.MAX_SPAN).plusSeconds(1);
        }
        return out;
    }

    /** Records 100 ms apart, so 500 of them share one item. */
    private static List<UsageRecord> dense(String tenant, int n) {
        List<UsageRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(UsageSamples.priced(tenant, tenant + "-" + i, Instant.parse("2025-03-01T01:00:00Z").plusMillis(i * 100L), "0.5"));
        }
        return out;
    }

    @Test
    void resendsUnprocessedItemsUntilAllAreWritten() {
        ApexTables tables = LocalDynamo.freshTables();
        StingyClient stingy = new StingyClient(LocalDynamo.client(), 3);
        new DynamoDbUsageStore(stingy, tables.usage(), 8, FAST).putAll(records(60));

        // 60 items: chunks of 25, 25, 10; the first chunk is halved three times before succeeding.
        assertThat(stingy.batchSizes).containsExactly(25, 13, 7, 4, 25, 10);
        DynamoDbUsageStore reader = new DynamoDbUsageStore(LocalDynamo.client(), tables.usage());
        assertThat(reader.query("acme", Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-02T00:00:00Z")))
                .containsExactlyElementsOf(records(60));
    }

    @Test
    void givesUpAfterTheBoundedNumberOfAttempts() {
        ApexTables tables = LocalDynamo.freshTables();
        StingyClient stingy = new StingyClient(LocalDynamo.client(), Integer.MAX_VALUE);
        DynamoDbUsageStore store = new DynamoDbUsageStore(stingy, tables.usage(), 3, FAST);

        assertThatThrownBy(() -> store.putAll(records(25)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("4 usage items (4 usage records) were still unprocessed after 3");
        assertThat(stingy.batchSizes).containsExactly(25, 13, 7);
    }

    @Test
    void aResentItemCarriesItsWholeBatchAndAFailureCountsRecords() {
        ApexTables tables = LocalDynamo.freshTables();
        List<UsageRecord> all = new ArrayList<>(dense("acme", 1_000));
        all.addAll(dense("globex", 700));
        new DynamoDbUsageStore(new StingyClient(LocalDynamo.client(), 1), tables.usage(), 8, FAST).putAll(all);

        // acme: 500 + 500, globex: 500 + 200; the second half of the first call is resent.
        DynamoDbUsageStore reader = new DynamoDbUsageStore(LocalDynamo.client(), tables.usage());
        Instant day = Instant.parse("2025-03-01T00:00:00Z");
        assertThat(reader.query("acme", day, day.plusSeconds(86_400))).containsExactlyElementsOf(dense("acme", 1_000));
        assertThat(reader.query("globex", day, day.plusSeconds(86_400))).containsExactlyElementsOf(dense("globex", 700));

        StingyClient never = new StingyClient(LocalDynamo.client(), Integer.MAX_VALUE);
        assertThatThrownBy(() -> new DynamoDbUsageStore(never, LocalDynamo.freshTables().usage(), 1, FAST).putAll(all))
                .hasMessageContaining("2 usage items (700 usage records) were still unprocessed after 1");
    }
}
