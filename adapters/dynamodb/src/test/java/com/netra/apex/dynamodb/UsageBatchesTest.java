package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.usage.UsageRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The item format on its own, without DynamoDB. */
class UsageBatchesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    /** The JSON lines inside an item's payload. */
    static List<String> lines(Map<String, AttributeValue> item) {
        byte[] payload = item.get(UsageBatches.RECORDS).b().asByteArray();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(payload))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).endsWith("\n");
            return List.of(text.split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<UsageRecord> everySecond(String tenant, int n) {
        List<UsageRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(UsageSamples.priced(tenant, String.format("r%04d", i), T0.plusSeconds(i), "0.0001"));
        }
        return out;
    }

    private static List<UsageRecord> unpackAll(List<Map<String, AttributeValue>> items) {
        List<UsageRecord> out = new ArrayList<>();
        items.forEach(item -> out.addAll(UsageBatches.unpack(item)));
        return out;
    }

    @Test
    void packingIsDeterministicWhateverTheInputOrder() {
        List<UsageRecord> records = everySecond("acme", 700);
        List<UsageRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(3));

        List<Map<String, AttributeValue>> a = UsageBatches.pack(records);
        List<Map<String, AttributeValue>> b = UsageBatches.pack(shuffled);
        assertThat(b).isEqualTo(a);
        assertThat(unpackAll(a)).containsExactlyElementsOf(records);
    }

    @Test
    void itemsHoldAtMostTheRecordLimitAndSpan() {
        List<UsageRecord> records = everySecond("acme", 1_300); // 21m40s of records
        List<Map<String, AttributeValue>> items = UsageBatches.pack(records);

        for (Map<String, AttributeValue> item : items) {
            int count = Integer.parseInt(item.get(UsageBatches.COUNT).n());
            Instant first = Instant.parse(item.get(UsageBatches.FIRST_AT).s());
            Instant last = Instant.parse(item.get(UsageBatches.LAST_AT).s());
            assertThat(count).isBetween(1, UsageBatches.MAX_RECORDS).isEqualTo(lines(item).size());
            assertThat(Duration.between(first, last)).isLessThanOrEqualTo(UsageBatches.MAX_SPAN);
        }
        // 5-minute spans of 1 record/s: 301 records each, then the 96 left.
        assertThat(items).extracting(i -> i.get(UsageBatches.COUNT).n()).containsExactly("301", "301", "301", "301", "96");
        assertThat(unpackAll(items)).containsExactlyElementsOf(records);
    }

    @Test
    void splitsByCompressedSizeUnderATightLimit() {
        List<UsageRecord> records = everySecond("acme", 200);
        List<Map<String, AttributeValue>> items = UsageBatches.pack(records, 500, 600);

        assertThat(items.size()).isGreaterThan(2);
        assertThat(items).allSatisfy(i -> assertThat(i.get(UsageBatches.RECORDS).b().asByteArray().length)
                .isLessThanOrEqualTo(600));
        assertThat(unpackAll(items)).containsExactlyElementsOf(records);
        assertThatThrownBy(() -> UsageBatches.pack(records, 500, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("r0000");
    }

    @Test
    void separatesPartitionsAndKeepsTheLastCopyOfARepeatedRequest() {
        UsageRecord early = UsageSamples.priced("acme", "dup", T0, "1");
        UsageRecord again = UsageSamples.priced("acme", "dup", T0, "2");
        UsageRecord otherTenant = UsageSamples.priced("globex", "g", T0, "3");
        UsageRecord nextDay = UsageSamples.priced("acme", "n", T0.plus(Duration.ofDays(1)), "4");

        List<Map<String, AttributeValue>> items = UsageBatches.pack(List.of(early, otherTenant, again, nextDay));
        assertThat(items).extracting(i -> i.get(ApexTables.PK).s())
                .containsExactly("acme#2025-03-01", "globex#2025-03-01", "acme#2025-03-02");
        assertThat(UsageBatches.unpack(items.get(0))).containsExactly(again);
    }

    @Test
    void differentGroupingsSharingAFirstRecordGetDifferentKeys() {
        List<UsageRecord> records = everySecond("acme", 20);
        String all = UsageBatches.pack(records).get(0).get(ApexTables.SK).s();
        String some = UsageBatches.pack(records.subList(0, 5)).get(0).get(ApexTables.SK).s();

        assertThat(all).startsWith("b#2025-03-01T10:00:00.000000000Z#r0000#");
        assertThat(some).startsWith("b#2025-03-01T10:00:00.000000000Z#r0000#").isNotEqualTo(all);
        assertThat(UsageBatches.pack(new ArrayList<>(records)).get(0).get(ApexTables.SK).s()).isEqualTo(all);
    }

    @Test
    void sortKeyBoundsSelectExactlyTheBatchesThatCanHoldTheRange() {
        Instant from = T0;
        Instant to = T0.plusSeconds(60);
        String floor = UsageBatches.sortKeyFloor(from);
        String ceiling = UsageBatches.sortKeyCeiling(to);

        assertThat(skOfBatchStartingAt(from.minus(UsageBatches.MAX_SPAN))).isGreaterThanOrEqualTo(floor);
        assertThat(skOfBatchStartingAt(from.minus(UsageBatches.MAX_SPAN).minusNanos(1))).isLessThan(floor);
        assertThat(skOfBatchStartingAt(to.minusNanos(1))).isLessThanOrEqualTo(ceiling);
        assertThat(skOfBatchStartingAt(to)).isGreaterThan(ceiling);
    }

    private static String skOfBatchStartingAt(Instant at) {
        return UsageBatches.pack(List.of(UsageSamples.priced("acme", "zzz", at, "1"))).get(0).get(ApexTables.SK).s();
    }
}
