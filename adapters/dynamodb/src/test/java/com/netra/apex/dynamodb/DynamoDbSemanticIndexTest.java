package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.cache.SemanticEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DynamoDbSemanticIndexTest {

    /** Far ahead: DynamoDB Local really deletes items whose TTL has passed, so fixtures must not expire. */
    private static final Instant EXPIRES = Instant.parse("2099-01-15T11:00:00Z");
    private static final String SCOPE = "3f2a";

    private DynamoDbSemanticIndex index;

    @BeforeEach
    void setUp() {
        index = new DynamoDbSemanticIndex(LocalDynamo.client(), LocalDynamo.freshOptimizationTables().semanticIndex(), 4);
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private static SemanticEntry entry(String id) {
        return new SemanticEntry(id, new byte[] {1, -2, 127, -127, 0}, "fp-" + id, EXPIRES);
    }

    private static List<String> ids(List<SemanticEntry> entries) {
        return entries.stream().map(SemanticEntry::entryId).toList();
    }

    /** The sort key has millisecond resolution: entries added in different milliseconds have a defined order. */
    private void addInOrder(String tenant, List<String> buckets, String... idsOldestFirst) throws InterruptedException {
        for (String id : idsOldestFirst) {
            index.add(tenant, SCOPE, buckets, entry(id));
            Thread.sleep(3);
        }
    }

    @Test
    void anEntryIsReadBackWithEveryField() {
        index.add("acme", SCOPE, List.of("0:1a", "1:2b"), entry("e1"));

        List<SemanticEntry> found = index.candidates("acme", SCOPE, List.of("0:1a"), 10);

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.entryId()).isEqualTo("e1");
            assertThat(e.vector()).containsExactly(1, -2, 127, -127, 0);
            assertThat(e.fingerprint()).isEqualTo("fp-e1");
            assertThat(e.expiresAt()).isEqualTo(EXPIRES);
        });
    }

    @Test
    void anEntryIsFoundThroughEachOfItsBuckets() {
        index.add("acme", SCOPE, List.of("0:1a", "1:2b"), entry("e1"));

        assertThat(ids(index.candidates("acme", SCOPE, List.of("1:2b"), 10))).containsExactly("e1");
        assertThat(ids(index.candidates("acme", SCOPE, List.of("0:1a", "1:2b"), 10))).containsExactly("e1", "e1");
        assertThat(index.candidates("acme", SCOPE, List.of("0:1b", "2:2b"), 10)).isEmpty();
    }

    @Test
    void anotherTenantOrScopeFindsNothing() {
        index.add("acme", SCOPE, List.of("0:1a"), entry("e1"));

        assertThat(index.candidates("globex", SCOPE, List.of("0:1a"), 10)).isEmpty();
        assertThat(index.candidates("acme", "other-scope", List.of("0:1a"), 10)).isEmpty();
    }

    @Test
    void candidatesComeNewestFirst() throws InterruptedException {
        addInOrder("acme", List.of("0:1a"), "oldest", "middle", "newest");

        assertThat(ids(index.candidates("acme", SCOPE, List.of("0:1a"), 10))).containsExactly("newest", "middle", "oldest");
    }

    @Test
    void atMostPerBucketEntriesAreReadFromEachBucket() throws InterruptedException {
        addInOrder("acme", List.of("0:1a", "1:2b"), "e1", "e2", "e3", "e4", "e5");
        addInOrder("acme", List.of("1:2b"), "only-b");

        List<SemanticEntry> found = index.candidates("acme", SCOPE, List.of("0:1a", "1:2b"), 2);

        assertThat(found).hasSize(4);
        assertThat(ids(found.subList(0, 2))).containsExactly("e5", "e4");
        assertThat(ids(found.subList(2, 4))).containsExactly("only-b", "e5");
    }

    @Test
    void moreBucketsThanOneBatchWriteHoldsAreAllWritten() {
        List<String> buckets = IntStream.range(0, 30).mapToObj(i -> i + ":ff").toList();
        index.add("acme", SCOPE, buckets, entry("wide"));

        List<SemanticEntry> found = index.candidates("acme", SCOPE, buckets, 5);

        assertThat(found).hasSize(30).allSatisfy(e -> assertThat(e.entryId()).isEqualTo("wide"));
    }

    @Test
    void aCrowdedBucketKeepsOnlyItsNewestEntries() {
        List<String> bucket = List.of("0:1");
        for (int i = 0; i < DynamoDbSemanticIndex.CAPACITY + 5; i++) {
            index.add("acme", SCOPE, bucket, entry("n" + i));
        }

        List<SemanticEntry> found = index.candidates("acme", SCOPE, bucket, 1000);

        assertThat(found).hasSize(DynamoDbSemanticIndex.CAPACITY);
        assertThat(found.get(0).entryId()).isEqualTo("n" + (DynamoDbSemanticIndex.CAPACITY + 4));
        assertThat(ids(found)).doesNotContain("n0", "n4");
    }
}
