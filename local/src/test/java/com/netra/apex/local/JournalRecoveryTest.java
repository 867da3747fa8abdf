package com.netra.apex.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.metering.UsageJournal;
import com.netra.apex.core.metering.UsageRecorder;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.core.usage.UsageStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crashed `apex up` had accepted but not stored is stored when the platform next starts. */
class JournalRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void recordsLeftInTheJournalAreStoredOnTheNextStart() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UsageRecord accepted = new UsageRecord("req_crashed_1", "recovery", "key1", at, "chat.completions", "openai",
                "gpt-4o-mini", "gpt-4o-mini-2024-07-18", true, new TokenUsage(10, 0, 0, 5),
                Cost.of(Money.usd("0.0000045"), "test"), 200, UsageRecord.CLIENT_DISCONNECTED, 120, 40, "none");
        UsageJournal journal = new UsageJournal(dataDir.resolve("usage.journal"));
        journal.append(List.of(accepted)); // as the committer does just before a crash
        journal.close();

        try (LocalPlatform platform = LocalPlatform.start(dataDir, 0, Map.of())) {
            platform.bean(UsageRecorder.class).flush();
            List<UsageRecord> stored = platform.bean(UsageStore.class)
                    .query("recovery", at.minusSeconds(60), at.plusSeconds(60));

            assertThat(stored).containsExactly(accepted);
        }
    }
}
