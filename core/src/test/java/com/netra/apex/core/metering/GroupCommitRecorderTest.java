package com.netra.apex.core.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.usage.UsageRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The {@code @Timeout}s only turn a hang (a bug here) into a failure; nothing asserts speed. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GroupCommitRecorderTest {

    private static final GroupCommitRecorder.Settings SMALL =
            new GroupCommitRecorder.Settings(1_000, Duration.ofMillis(5), 3, 2);

    @TempDir
    Path dir;

    private final List<GroupCommitRecorder> opened = new ArrayList<>();

    private Path journalFile() {
        return dir.resolve("usage.journal");
    }

    private GroupCommitRecorder recorder(InMemoryUsageStore store, GroupCommitRecorder.Settings settings) {
        GroupCommitRecorder r = new GroupCommitRecorder(store, new UsageJournal(journalFile()), settings);
        opened.add(r);
        return r;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(GroupCommitRecorder::close);
    }

    @Test
    void recordsReachTheStoreAfterFlush() {
        InMemoryUsageStore store = new InMemoryUsageStore();
        GroupCommitRecorder recorder = recorder(store, SMALL);
        List<UsageRecord> records = UsageRecords.records("r", 50);

        for (UsageRecord r : records) {
            CompletionStage<Void> stage = recorder.record(r);
            assertThat(stage.toCompletableFuture()).isCompleted();
        }
        recorder.flush();

        assertThat(store.size()).isEqualTo(50);
        for (UsageRecord r : records) {
            assertThat(store.records().get(r.requestId())).isEqualTo(r);
            assertThat(store.successfulPuts(r.requestId())).isEqualTo(1);
        }
        assertThat(recorder.acceptedCount()).isEqualTo(50);
        assertThat(recorder.storedCount()).isEqualTo(50);
    }

    @Test
    void storesInChunksOfAtMostChunkSize() {
        InMemoryUsageStore store = new InMemoryUsageStore();
        GroupCommitRecorder recorder = recorder(store, SMALL);
        UsageRecords.records("r", 40).forEach(recorder::record);
        recorder.flush();
        assertThat(store.size()).isEqualTo(40);
        assertThat(store.batchSizes()).allSatisfy(n -> assertThat(n).isBetween(1, 3));
        assertThat(store.batchSizes().stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
        assertThat(store.putThreads()).allSatisfy(name -> assertThat(name).isEqualTo("apex-usage-store"));
    }

    @Test
    void recordsFromManyThreadsAllArrive() throws Exception {
        InMemoryUsageStore store = new InMemoryUsageStore();
        GroupCommitRecorder recorder = recorder(store, SMALL);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String prefix = "t" + t;
                done.add(callers.submit(() -> UsageRecords.records(prefix, 250).forEach(recorder::record)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            callers.shutdown();
        }
        recorder.flush();
        assertThat(store.size()).isEqualTo(1_000);
        assertThat(recorder.storedCount()).isEqualTo(1_000);
    }

    @Test
    void theJournalHoldsEachRecordBeforeItIsStored() {
        List<String> missingFromJournal = new ArrayList<>();
        InMemoryUsageStore store = new InMemoryUsageStore().beforePut(records -> {
            try (UsageJournal reader = new UsageJournal(journalFile())) {
                List<String> journaled = reader.recover().stream().map(UsageRecord::requestId).toList();
                records.stream().map(UsageRecord::requestId).filter(id -> !journaled.contains(id))
                        .forEach(id -> {
                            synchronized (missingFromJournal) {
                                missingFromJournal.add(id);
                            }
                        });
            }
        });
        GroupCommitRecorder recorder = recorder(store, SMALL);
        UsageRecords.records("r", 20).forEach(recorder::record);
        recorder.flush();
        assertThat(store.size()).isEqualTo(20);
        assertThat(missingFromJournal).isEmpty();
    }

    @Test
    void aJournalLeftByACrashedRunIsStoredOnStartAndEmptied() throws Exception {
        List<UsageRecord> leftOver = UsageRecords.records("crashed", 7);
        UsageJournal crashed = new UsageJournal(journalFile());
        crashed.append(leftOver);
        crashed.close(); // the process "died" before storing them

        InMemoryUsageStore store = new InMemoryUsageStore();
        recorder(store, SMALL);

        // Recovery happens in the constructor: no flush needed.
        assertThat(store.records()).hasSize(7);
        for (UsageRecord r : leftOver) {
            assertThat(store.records().get(r.requestId())).isEqualTo(r);
        }
        assertThat(Files.size(journalFile())).isZero();
        try (UsageJournal check = new UsageJournal(journalFile())) {
            assertThat(check.recover()).isEmpty();
        }
    }

    @Test
    void recoveryStoresTheIntactRecordsOfAJournalWithATornTail() throws Exception {
        UsageJournal crashed = new UsageJournal(journalFile());
        crashed.append(UsageRecords.records("ok", 3));
        crashed.close();
        String torn = UsageRecordCodec.toLine(UsageRecords.record("torn"));
        Files.writeString(journalFile(), torn.substring(0, 40), java.nio.file.StandardOpenOption.APPEND);

        InMemoryUsageStore store = new InMemoryUsageStore();
        GroupCommitRecorder recorder = recorder(store, SMALL);
        assertThat(store.records()).containsOnlyKeys("ok-0", "ok-1", "ok-2");
        assertThat(Files.size(journalFile())).isZero();

        // And the recorder works normally afterwards, the torn fragment not corrupting new lines.
        recorder.record(UsageRecords.record("new"));
        recorder.flush();
        assertThat(store.records()).containsOnlyKeys("ok-0", "ok-1", "ok-2", "new");
    }

    @Test
    void aStoreThatFailsAtFirstStillGetsEveryRecordExactlyOnce() {
        InMemoryUsageStore store = new InMemoryUsageStore(3);
        GroupCommitRecorder recorder = recorder(store, SMALL);
        List<UsageRecord> records = UsageRecords.records("r", 12);
        records.forEach(recorder::record);
        recorder.flush();

        assertThat(store.size()).isEqualTo(12);
        assertThat(store.calls()).isGreaterThan(3);
        for (UsageRecord r : records) {
            assertThat(store.successfulPuts(r.requestId())).as(r.requestId()).isEqualTo(1);
            assertThat(store.records().get(r.requestId())).isEqualTo(r);
        }
        assertThat(recorder.storedCount()).isEqualTo(12);
    }

    @Test
    void recoveryRetriesAFailingStoreToo() throws Exception {
        UsageJournal crashed = new UsageJournal(journalFile());
        crashed.append(UsageRecords.records("crashed", 5));
        crashed.close();

        InMemoryUsageStore store = new InMemoryUsageStore(2);
        recorder(store, SMALL);
        assertThat(store.records()).hasSize(5);
        assertThat(store.calls()).isGreaterThan(2);
        assertThat(Files.size(journalFile())).isZero();
    }

    @Test
    void closeFlushes() {
        InMemoryUsageStore store = new InMemoryUsageStore();
        GroupCommitRecorder recorder = new GroupCommitRecorder(store, new UsageJournal(journalFile()),
                new GroupCommitRecorder.Settings(1_000, Duration.ofSeconds(1), 25, 1));
        UsageRecords.records("r", 30).forEach(recorder::record);
        recorder.close();
        assertThat(store.records().keySet())
                .isEqualTo(UsageRecords.records("r", 30).stream().map(UsageRecord::requestId).collect(Collectors.toSet()));
    }

    @Test
    void aClosedRecorderRefusesRecords() {
        InMemoryUsageStore store = new InMemoryUsageStore();
        GroupCommitRecorder recorder = new GroupCommitRecorder(store, new UsageJournal(journalFile()), SMALL);
        recorder.close();
        CompletionStage<Void> stage = recorder.record(UsageRecords.record("late"));
        assertThatThrownBy(() -> stage.toCompletableFuture().get())
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(recorder.acceptedCount()).isZero();
        assertThat(store.size()).isZero();
    }

    @Test
    void anInterruptedRecordIsNotCountedAsAcceptedSoFlushStillReturns() throws Exception {
        CountDownLatch storeEntered = new CountDownLatch(1);
        CountDownLatch releaseStore = new CountDownLatch(1);
        InMemoryUsageStore store = new InMemoryUsageStore().beforePut(records -> {
            storeEntered.countDown();
            try {
                releaseStore.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // Queue of one and groups of one: the committer takes r1 and blocks in the store,
        // r2 fills the queue, and r3 must wait for space (back-pressure).
        GroupCommitRecorder recorder = new GroupCommitRecorder(store, new UsageJournal(journalFile()),
                new GroupCommitRecorder.Settings(1, Duration.ofMillis(1), 1, 1));
        try {
            recorder.record(UsageRecords.record("r1"));
            storeEntered.await();
            recorder.record(UsageRecords.record("r2"));

            AtomicReference<CompletionStage<Void>> third = new AtomicReference<>();
            Thread.currentThread().interrupt(); // interrupted while blocked by back-pressure
            try {
                third.set(recorder.record(UsageRecords.record("r3")));
            } finally {
                assertThat(Thread.interrupted()).as("interrupt status is restored").isTrue();
            }
            assertThatThrownBy(() -> third.get().toCompletableFuture().get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(InterruptedException.class);
            assertThat(recorder.acceptedCount()).as("a record that was never queued is not accepted").isEqualTo(2);
        } finally {
            releaseStore.countDown();
        }
        recorder.flush(); // must return: only r1 and r2 were accepted (hung forever before the fix)
        assertThat(store.records()).containsOnlyKeys("r1", "r2");
        assertThat(recorder.storedCount()).isEqualTo(2);
        recorder.close();
    }
}
