package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.usage.UsageRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** 120 records: tenants acme and globex alternate, spread over two UTC days, 23 minutes apart. */
    private static List<UsageRecord> twoTenantsTwoDays() {
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String tenant = i % 2 == 0 ? "acme" : "globex";
            Instant at = DAY1.plusSeconds(i * 23L * 60).plusNanos(i * 1_001L);
            records.add(UsageSamples.priced(tenant, "req-" + i, at, "0.00" + (i + 1)));
        }
        return records;
    }

    private static List<UsageRecord> expected(List<UsageRecord> all, String tenant, Instant from, Instant to) {
        return all.stream()
                .filter(r -> r.tenantId().equals(tenant))
                .filter(r -> !r.receivedAt().isBefore(from) && r.receivedAt().isBefore(to))
                .toList();
    }

    @Test
    void queryReturnsExactlyTheTenantsRecordsInRangeInTimeOrder() {
        List<UsageRecord> all = twoTenantsTwoDays();
        store.putAll(all);

        assertThat(store.query("acme", DAY1, DAY3)).hasSize(60).containsExactlyElementsOf(expected(all, "acme", DAY1, DAY3));
        assertThat(store.query("globex", DAY1, DAY3)).containsExactlyElementsOf(expected(all, "globex", DAY1, DAY3));
        Instant from = DAY1.plusSeconds(20 * 3600);
        Instant to = DAY2.plusSeconds(5 * 3600);
        assertThat(store.query("acme", from, to)).isNotEmpty().containsExactlyElementsOf(expected(all, "acme", from, to));
        assertThat(store.query("initech", DAY1, DAY3)).isEmpty();
    }

    @Test
    void rangeIncludesFromAndExcludesTo() {
        Instant at = Instant.parse("2025-03-01T12:00:00Z");
        store.putAll(List.of(UsageSamples.priced("acme", "r1", at, "0.01")));

        assertThat(store.query("acme", at, at.plusNanos(1))).hasSize(1);
        assertThat(store.query("acme", at.minusSeconds(1), at)).isEmpty();
        assertThat(store.query("acme", at, at)).isEmpty();
        assertThat(store.query("acme", at.plusSeconds(1), at)).isEmpty();
    }

    @Test
    void storingTheSameRecordsTwiceKeepsOneCopy() {
        List<UsageRecord> all = twoTenantsTwoDays();
        store.putAll(all);
        store.putAll(all);
        List<UsageRecord> twiceInOneCall = new ArrayList<>(all.subList(0, 30));
        twiceInOneCall.addAll(all.subList(0, 30));
        store.putAll(twiceInOneCall);

        assertThat(store.query("acme", DAY1, DAY3)).hasSize(60);
        assertThat(LocalDynamo.client().scan(b -> b.tableName(tables.usage())).count()).isEqualTo(120);
    }

    @Test
    void costRoundTripsExactlyAsADynamoDbNumber() {
        Instant at = Instant.parse("2025-03-01T08:15:30.000000375Z");
        UsageRecord tiny = UsageSamples.priced("acme", "tiny", at, "0.000000375");
        store.putAll(List.of(tiny));

        UsageRecord back = store.query("acme", DAY1, DAY2).get(0);
        assertThat(back).isEqualTo(tiny);
        assertThat(back.cost().amount().orElseThrow().toPlainString()).isEqualTo("0.000000375");
        Map<String, AttributeValue> raw = LocalDynamo.client().scan(b -> b.tableName(tables.usage())).items().get(0);
        assertThat(raw.get("costUsd").n()).isEqualTo("0.000000375");
        assertThat(raw.get("priceVersion").s()).isEqualTo("2025-03-01");
        assertThat(raw.get("pk").s()).isEqualTo("acme#2025-03-01");
        assertThat(raw.get("sk").s()).isEqualTo("2025-03-01T08:15:30.000000375Z#tiny");
    }

    @Test
    void unpricedStaysUnpricedAndNeverBecomesZero() {
        UsageRecord unpriced = UsageSamples.unpriced("acme", "u1", DAY1.plusSeconds(60));
        store.putAll(List.of(unpriced));

        UsageRecord back = store.query("acme", DAY1, DAY2).get(0);
        assertThat(back).isEqualTo(unpriced);
        assertThat(back.cost().priced()).isFalse();
        Map<String, AttributeValue> raw = LocalDynamo.client().scan(b -> b.tableName(tables.usage())).items().get(0);
        assertThat(raw).doesNotContainKeys("costUsd", "priceVersion");
    }

    @Test
    void tenantIdsThatLookLikePartitionKeysDoNotLeak() {
        Instant at = DAY1.plusSeconds(60);
        store.putAll(List.of(UsageSamples.priced("acme", "r1", at, "1"),
                UsageSamples.priced("acme#2025-03-01", "r2", at, "2")));

        assertThat(store.query("acme", DAY1, DAY2)).extracting(UsageRecord::requestId).containsExactly("r1");
        assertThat(store.query("acme#2025-03-01", DAY1, DAY2)).extracting(UsageRecord::requestId).containsExactly("r2");
    }

    @Test
    void refusesRangesOfMoreThanTwoYears() {
        assertThatThrownBy(() -> store.query("acme", Instant.EPOCH, DAY1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.query("", DAY1, DAY2)).isInstanceOf(IllegalArgumentException.class);
    }
}
