package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.usage.UsageRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbUsageStoreTest {

    private static final Instant DAY1 = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant DAY2 = Instant.parse("2025-03-02T00:00:00Z");
    private static final Instant DAY3 = Instant.parse("2025-03-03T00:00:00Z");

    private ApexTables tables;
    private DynamoDbUsageStore store;

    @BeforeEach
    void setUp() {
        tables = LocalDynamo.freshTables();
        store = new DynamoDbUsageStore(LocalDynamo.client(), tables.usage());
    }

    /**
     * 120 records, tenants acme and globex alternating, 10 s (plus a few ns) apart from 23:50 on day 1
     * to 00:09:50 on day 2: each tenant-day partition holds 30 records in several 5-minute batches.
     */
    static List<UsageRecord> twoTenantsTwoDays() {
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String tenant = i % 2 == 0 ? "acme" : "globex";
            Instant at = DAY2.minusSeconds(600).plusSeconds(i * 10L).plusNanos(i * 1_001L);
            records.add(UsageSamples.priced(tenant, "req-" + i, at, "0.00" + (i + 1)));
        }
        return records;
    }

    static List<UsageRecord> expected(List<UsageRecord> all, String tenant, Instant from, Instant to) {
        return all.stream()
                .filter(r -> r.tenantId().equals(tenant))
                .filter(r -> !r.receivedAt().isBefore(from) && r.receivedAt().isBefore(to))
                .toList();
    }

    @Test
    void queryReturnsExactlyTheTenantsRecordsInRangeInTimeOrder() {
        List<UsageRecord> all = twoTenantsTwoDays();
        List<UsageRecord> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(7));
        store.putAll(shuffled);

        assertThat(store.query("acme", DAY1, DAY3)).hasSize(60).containsExactlyElementsOf(expected(all, "acme", DAY1, DAY3));
        assertThat(store.query("globex", DAY1, DAY3)).hasSize(60)
                .containsExactlyElementsOf(expected(all, "globex", DAY1, DAY3));
        assertThat(store.query("acme", DAY1, DAY2)).hasSize(30).containsExactlyElementsOf(expected(all, "acme", DAY1, DAY2));
        assertThat(store.query("acme", DAY2, DAY3)).hasSize(30).containsExactlyElementsOf(expected(all, "acme", DAY2, DAY3));
        assertThat(store.query("initech", DAY1, DAY3)).isEmpty();
        // Packing happened: 4 partitions of 30 records spread over 10 minutes each.
        assertThat(LocalDynamo.scanAll(tables.usage())).hasSizeBetween(4, 12);
    }

    @Test
    void everyRangeBetweenTwoRecordsIncludesFromAndExcludesTo() {
        List<UsageRecord> all = twoTenantsTwoDays();
        store.putAll(all);

        // Ranges starting and ending on records, inside batches, across batches and across midnight.
        for (int i = 0; i < all.size(); i += 7) {
            for (int j = i; j < all.size(); j += 13) {
                Instant from = all.get(i).receivedAt();
                Instant to = all.get(j).receivedAt();
                for (String tenant : List.of("acme", "globex")) {
                    assertThat(store.query(tenant, from, to)).as("%s [%s, %s)", tenant, from, to)
                            .containsExactlyElementsOf(expected(all, tenant, from, to));
                }
            }
        }
    }

    @Test
    void rangeEdgesAreExactToTheNanosecond() {
        List<UsageRecord> all = twoTenantsTwoDays();
        store.putAll(all);
        UsageRecord r = all.get(64); // acme, day 2, in the middle of a batch

        assertThat(store.query("acme", r.receivedAt(), r.receivedAt().plusNanos(1))).containsExactly(r);
        assertThat(store.query("acme", r.receivedAt().minusSeconds(5), r.receivedAt())).isEmpty();
        assertThat(store.query("acme", r.receivedAt().plusNanos(1), r.receivedAt().plusSeconds(5))).isEmpty();
        assertThat(store.query("acme", r.receivedAt(), r.receivedAt())).isEmpty();
        assertThat(store.query("acme", r.receivedAt().plusSeconds(1), r.receivedAt())).isEmpty();
    }

    @Test
    void findsTheLastRecordOfABatchSpanningTheWholeMargin() {
        Instant first = DAY1.plusSeconds(3600);
        Instant last = first.plus(UsageBatches.MAX_SPAN);
        store.putAll(List.of(UsageSamples.priced("acme", "first", first, "1"), UsageSamples.priced("acme", "last", last, "2")));

        assertThat(LocalDynamo.scanAll(tables.usage())).hasSize(1);
        assertThat(store.query("acme", last, last.plusNanos(1))).extracting(UsageRecord::requestId).containsExactly("last");
    }

    @Test
    void aBatchNeverSpansMoreThanTheMarginSoLateArrivalsAreStillFound() {
        // A 30-minute stream is queued when it ends, next to requests received just then.
        Instant now = DAY1.plusSeconds(7200);
        List<UsageRecord> group = List.of(UsageSamples.priced("acme", "long-stream", now.minusSeconds(1800), "1"),
                UsageSamples.priced("acme", "quick-1", now, "2"), UsageSamples.priced("acme", "quick-2", now.plusMillis(3), "3"));
        store.putAll(group);

        assertThat(LocalDynamo.scanAll(tables.usage())).hasSize(2);
        assertThat(store.query("acme", now, now.plusSeconds(1))).extracting(UsageRecord::requestId)
                .containsExactly("quick-1", "quick-2");
        assertThat(store.query("acme", now.minusSeconds(1800), now)).extracting(UsageRecord::requestId)
                .containsExactly("long-stream");
    }

    @Test
    void interleavedBatchesStillReadOldestFirst() {
        List<UsageRecord> all = twoTenantsTwoDays().stream().filter(r -> r.tenantId().equals("acme")).toList();
        List<UsageRecord> odd = new ArrayList<>();
        List<UsageRecord> even = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 2 == 0 ? even : odd).add(all.get(i));
        }
        store.putAll(even);
        store.putAll(odd);

        assertThat(store.query("acme", DAY1, DAY3)).containsExactlyElementsOf(all);
    }

    @Test
    void storingTheSameRecordsAgainInAnyGroupingKeepsOneCopyOfEach() {
        List<UsageRecord> all = twoTenantsTwoDays();
        store.putAll(all);
        int items = LocalDynamo.scanAll(tables.usage()).size();
        store.putAll(all);
        assertThat(LocalDynamo.scanAll(tables.usage())).as("a retry overwrites its own items").hasSize(items);

        store.putAll(all.subList(0, 60));
        store.putAll(all.subList(60, 120));
        store.putAll(all.subList(0, 10)); // shares its first records with batches of the first putAll
        List<UsageRecord> twiceInOneCall = new ArrayList<>(all.subList(30, 50));
        twiceInOneCall.addAll(all.subList(30, 50));
        store.putAll(twiceInOneCall);

        assertThat(store.query("acme", DAY1, DAY3)).containsExactlyElementsOf(expected(all, "acme", DAY1, DAY3));
        assertThat(store.query("globex", DAY1, DAY3)).containsExactlyElementsOf(expected(all, "globex", DAY1, DAY3));
        Instant from = all.get(3).receivedAt();
        Instant to = all.get(100).receivedAt();
        assertThat(store.query("acme", from, to)).containsExactlyElementsOf(expected(all, "acme", from, to));
    }

    @Test
    void costRoundTripsExactlyAndTheItemDescribesItsBatch() {
        Instant at = Instant.parse("2025-03-01T08:15:30.000000375Z");
        UsageRecord tiny = UsageSamples.priced("acme", "tiny", at, "0.000000375");
        UsageRecord next = UsageSamples.priced("acme", "next", at.plusSeconds(2), "12345678901234567890.123456789");
        store.putAll(List.of(next, tiny));

        List<UsageRecord> back = store.query("acme", DAY1, DAY2);
        assertThat(back).containsExactly(tiny, next);
        assertThat(back.get(0).cost().amount().orElseThrow().toPlainString()).isEqualTo("0.000000375");
        assertThat(back.get(1).cost().amount().orElseThrow().toPlainString()).isEqualTo("12345678901234567890.123456789");
        Map<String, AttributeValue> raw = LocalDynamo.scanAll(tables.usage()).get(0);
        assertThat(raw.get("pk").s()).isEqualTo("acme#2025-03-01");
        assertThat(raw.get("sk").s()).startsWith("b#2025-03-01T08:15:30.000000375Z#tiny#");
        assertThat(raw.get("format").s()).isEqualTo("jsonl.gz.v1");
        assertThat(raw.get("count").n()).isEqualTo("2");
        assertThat(raw.get("firstAt").s()).isEqualTo("2025-03-01T08:15:30.000000375Z");
        assertThat(raw.get("lastAt").s()).isEqualTo("2025-03-01T08:15:32.000000375Z");
        assertThat(UsageBatchesTest.lines(raw)).hasSize(2).first().asString().contains("\"cost_usd\":\"0.000000375\"");
    }

    @Test
    void unpricedStaysUnpricedAndNeverBecomesZero() {
        UsageRecord unpriced = UsageSamples.unpriced("acme", "u1", DAY1.plusSeconds(60));
        store.putAll(List.of(unpriced, UsageSamples.priced("acme", "p1", DAY1.plusSeconds(61), "0")));

        List<UsageRecord> back = store.query("acme", DAY1, DAY2);
        assertThat(back.get(0)).isEqualTo(unpriced);
        assertThat(back.get(0).cost().priced()).isFalse();
        assertThat(back.get(1).cost().priced()).isTrue();
        assertThat(back.get(1).cost().amount().orElseThrow().isZero()).isTrue();
        assertThat(UsageBatchesTest.lines(LocalDynamo.scanAll(tables.usage()).get(0)).get(0)).contains("\"cost_usd\":null");
    }

    @Test
    void tenantIdsThatLookLikePartitionKeysDoNotLeak() {
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        Instant day = Instant.parse("2026-01-01T00:00:00Z");
        store.putAll(List.of(UsageSamples.priced("a", "r1", at, "1"),
                UsageSamples.priced("a#2026-01-01", "r2", at, "2"),
                UsageSamples.priced("a#2026-01-01#2026-01-01", "r3", at, "3")));

        Instant end = day.plusSeconds(86_400);
        assertThat(store.query("a", day, end)).extracting(UsageRecord::requestId).containsExactly("r1");
        assertThat(store.query("a#2026-01-01", day, end)).extracting(UsageRecord::requestId).containsExactly("r2");
        assertThat(store.query("a#2026-01-01#2026-01-01", day, end)).extracting(UsageRecord::requestId)
                .containsExactly("r3");
        assertThat(store.query("a#", day, end)).isEmpty();
    }

    @Test
    void aBatchFiledUnderTheWrongPartitionStillNeverLeaksAnotherTenantsRecords() {
        Instant at = DAY1.plusSeconds(60);
        Map<String, AttributeValue> item = new HashMap<>(
                UsageBatches.pack(List.of(UsageSamples.priced("globex", "g1", at, "1"))).get(0));
        item.put("pk", AttributeValue.fromS("acme#2025-03-01"));
        LocalDynamo.client().putItem(b -> b.tableName(tables.usage()).item(item));

        assertThat(store.query("acme", DAY1, DAY2)).isEmpty();
    }

    @Test
    void anItemOfAnUnknownFormatFailsLoudlyRatherThanReadingAsEmpty() {
        Instant at = DAY1.plusSeconds(60);
        Map<String, AttributeValue> item = new HashMap<>(
                UsageBatches.pack(List.of(UsageSamples.priced("acme", "r1", at, "1"))).get(0));
        item.put("format", AttributeValue.fromS("parquet.v9"));
        LocalDynamo.client().putItem(b -> b.tableName(tables.usage()).item(item));

        assertThatThrownBy(() -> store.query("acme", DAY1, DAY2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parquet.v9");
    }

    @Test
    void refusesRangesOfMoreThanTwoYears() {
        assertThatThrownBy(() -> store.query("acme", Instant.EPOCH, DAY1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.query("", DAY1, DAY2)).isInstanceOf(IllegalArgumentException.class);
    }
}
