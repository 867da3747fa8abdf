package com.netra.apex.core.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.usage.UsageRecord;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DirectRecorderTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "direct-store"));

    @AfterEach
    void shutdown() {
        executor.shutdownNow();
    }

    @Test
    void theRecordIsStoredBeforeTheStageCompletes() throws Exception {
        CountDownLatch storeEntered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InMemoryUsageStore store = new InMemoryUsageStore().beforePut(records -> {
            storeEntered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        DirectRecorder recorder = new DirectRecorder(store, executor);
        UsageRecord record = UsageRecords.record("r1");

        CompletableFuture<Void> stage = recorder.record(record).toCompletableFuture();
        storeEntered.await();
        assertThat(stage).isNotDone();
        assertThat(store.size()).isZero();

        release.countDown();
        stage.get();
        assertThat(store.records()).containsEntry("r1", record);
        assertThat(store.batchSizes()).containsExactly(1);
    }

    @Test
    void storesOnTheGivenExecutorNotTheCaller() throws Exception {
        InMemoryUsageStore store = new InMemoryUsageStore();
        DirectRecorder recorder = new DirectRecorder(store, executor);
        recorder.record(UsageRecords.record("r1")).toCompletableFuture().get();
        assertThat(store.putThreads()).containsExactly("direct-store");
    }

    @Test
    void aStoreFailureFailsTheStage() {
        InMemoryUsageStore store = new InMemoryUsageStore(1);
        DirectRecorder recorder = new DirectRecorder(store, executor);
        CompletableFuture<Void> stage = recorder.record(UsageRecords.record("r1")).toCompletableFuture();
        assertThatThrownBy(stage::get)
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(store.size()).isZero();
    }

    @Test
    void flushAndCloseHoldNothingBack() throws Exception {
        InMemoryUsageStore store = new InMemoryUsageStore();
        DirectRecorder recorder = new DirectRecorder(store, executor);
        recorder.record(UsageRecords.record("r1")).toCompletableFuture().get();
        recorder.flush();
        recorder.close();
        assertThat(store.records()).containsOnlyKeys("r1");
    }
}
