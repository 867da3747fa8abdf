package com.netra.apex.dynamodb;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchTimingTest {
    long t = System.nanoTime();
    void lap(String s) { System.out.println("LAP " + s + " " + (System.nanoTime() - t) / 1_000_000); t = System.nanoTime(); }
    @Test
    void time() {
        ApexTables tables = LocalDynamo.freshTables(); lap("engine+tables");
        DynamoDbUsageStore store = new DynamoDbUsageStore(LocalDynamo.client(), tables.usage()); lap("store");
        Instant at = Instant.parse("2025-03-01T12:00:00Z");
        store.putAll(List.of(UsageSamples.priced("acme", "r1", at, "0.01"))); lap("put");
        store.query("acme", at, at.plusNanos(1)); lap("q1");
        store.query("acme", at.minusSeconds(1), at); lap("q2");
        store.query("acme", at, at); lap("q3");
        store.query("acme", at.plusSeconds(1), at); lap("q4");
    }
}
