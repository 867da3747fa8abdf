package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.usage.UsageRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Large putAll calls are split into items DynamoDB accepts (400 KB each at most). */
class DynamoDbUsageStoreSizeTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final int DYNAMODB_ITEM_LIMIT = 400 * 1024;

    private ApexTables tables;
    private DynamoDbUsageStore store;

    @BeforeEach
    void setUp() {
        tables = LocalDynamo.freshTables();
        store = new DynamoDbUsageStore(LocalDynamo.client(), tables.usage());
    }

    @Test
    void twoThousandRecordsInOneCallBecomeSeveralItemsOfAtMostFiveHundred() {
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // 100 µs apart: 10,000 requests/s, all inside one 5-minute span.
            records.add(UsageSamples.priced("acme", String.format("req-%05d", i), T0.plusNanos(i * 100_000L), "0.0003"));
        }
        store.putAll(records);

        List<Map<String, AttributeValue>> items = LocalDynamo.scanAll(tables.usage());
        assertThat(items).hasSize(4);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("count").n()).isEqualTo("500");
            assertThat(sizeOf(item)).isLessThan(DYNAMODB_ITEM_LIMIT);
        });
        assertThat(store.query("acme", T0, T0.plusSeconds(1))).containsExactlyElementsOf(records);
    }

    @Test
    void incompressibleRecordsAreSplitByCompressedSizeNotOnlyByCount() {
        Random random = new Random(11);
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            byte[] noise = new byte[1_200];
            random.nextBytes(noise);
            UsageRecord r = UsageSamples.priced("acme", String.format("req-%05d", i), T0.plusMillis(i), "0.0003");
            records.add(UsageSamples.withKeyId(r, Base64.getEncoder().encodeToString(noise)));
        }
        store.putAll(records);

        List<Map<String, AttributeValue>> items = LocalDynamo.scanAll(tables.usage());
        assertThat(items.size()).as("450 records fit the count limit, not the byte limit").isGreaterThan(1);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("records").b().asByteArray().length).isLessThanOrEqualTo(UsageBatches.MAX_PAYLOAD_BYTES);
            assertThat(sizeOf(item)).isLessThan(DYNAMODB_ITEM_LIMIT);
        });
        assertThat(store.query("acme", T0, T0.plusSeconds(1))).containsExactlyElementsOf(records);
    }

    /** DynamoDB's item size: attribute names plus values, UTF-8 strings, raw binary, numbers at most 21 bytes. */
    private static int sizeOf(Map<String, AttributeValue> item) {
        int size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            AttributeValue v = e.getValue();
            size += e.getKey().length();
            size += v.s() != null ? v.s().getBytes(StandardCharsets.UTF_8).length
                    : v.b() != null ? v.b().asByteArray().length : 21;
        }
        return size;
    }
}
