package com.netra.apex.core.metering;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageJournalTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("usage.journal");
    }

    @Test
    void anEmptyJournalRecoversNothing() {
        try (UsageJournal journal = new UsageJournal(file())) {
            assertThat(journal.recover()).isEmpty();
        }
        assertThat(file()).exists();
    }

    @Test
    void createsMissingParentDirectories() {
        Path nested = dir.resolve("a/b/c/usage.journal");
        try (UsageJournal journal = new UsageJournal(nested)) {
            journal.append(List.of(UsageRecords.record("r1")));
        }
        assertThat(nested).exists();
    }

    @Test
    void appendedRecordsAreRecoveredInOrder() {
        List<UsageRecord> first = UsageRecords.records("a", 3);
        List<UsageRecord> second = UsageRecords.records("b", 2);
        try (UsageJournal journal = new UsageJournal(file())) {
            journal.append(first);
            journal.append(second);
            List<UsageRecord> expected = new ArrayList<>(first);
            expected.addAll(second);
            assertThat(journal.recover()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void oneLinePerRecord() throws IOException {
        try (UsageJournal journal = new UsageJournal(file())) {
            journal.append(UsageRecords.records("a", 4));
        }
        List<String> lines = Files.readAllLines(file());
        assertThat(lines).hasSize(4);
        assertThat(UsageRecordCodec.fromLine(lines.get(2)).requestId()).isEqualTo("a-2");
    }

    @Test
    void aReopenedJournalKeepsWhatWasThereAndAppendsAfterIt() {
        try (UsageJournal journal = new UsageJournal(file())) {
            journal.append(UsageRecords.records("old", 2));
        }
        try (UsageJournal journal = new UsageJournal(file())) {
            assertThat(journal.recover()).extracting(UsageRecord::requestId).containsExactly("old-0", "old-1");
            journal.append(List.of(UsageRecords.record("new")));
            assertThat(journal.recover()).extracting(UsageRecord::requestId).containsExactly("old-0", "old-1", "new");
        }
    }

    @Test
    void aTornLastLineIsSkipped() throws IOException {
        try (UsageJournal journal = new UsageJournal(file())) {
            journal.append(UsageRecords.records("ok", 2));
        }
        String torn = UsageRecordCodec.toLine(UsageRecords.record("torn"));
        Files.writeString(file(), torn.substring(0, torn.length() / 2), StandardOpenOption.APPEND);

        try (UsageJournal journal = new UsageJournal(file())) {
            assertThat(journal.recover()).extracting(UsageRecord::requestId).containsExactly("ok-0", "ok-1");
        }
    }

    @Test
    void aLineTornInsideAMultiByteCharacterIsSkipped() throws IOException {
        // Caller-supplied model names reach the journal; a crash can cut a write inside a UTF-8 sequence.
        UsageRecord nonAscii = new UsageRecord("r-utf8", "acme", "k", Instant.parse("2026-01-15T00:00:00Z"),
                "/v1/chat/completions", null, "modèle-日本語", null, false, TokenUsage.NONE, Cost.unpriced(), 400,
                "rejected", 1, -1, null);
        try (UsageJournal journal = new UsageJournal(file())) {
            journal.append(List.of(UsageRecords.record("ok"), nonAscii));
        }
        String text = UsageRecordCodec.toLine(nonAscii);
        assertThat(text).contains("日"); // written as UTF-8, not as \\u escapes
        int cut = text.substring(0, text.indexOf('日')).getBytes(StandardCharsets.UTF_8).length + 1;
        byte[] line = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file(), Arrays.copyOf(line, cut), StandardOpenOption.APPEND);

        try (UsageJournal journal = new UsageJournal(file())) {
            assertThat(journal.recover()).containsExactly(UsageRecords.record("ok"), nonAscii);
        }
    }

    @Test
    void blankAndGarbledLinesAreSkippedButLaterRecordsAreKept() throws IOException {
        String good = UsageRecordCodec.toLine(UsageRecords.record("good"));
        Files.writeString(file(), "\n   \n{\"not\": \"a record\"}\nnot json at all\n" + good + "\n");
        try (UsageJournal journal = new UsageJournal(file())) {
            assertThat(journal.recover()).extracting(UsageRecord::requestId).containsExactly("good");
        }
    }

    @Test
    void clearEmptiesTheJournalAndLaterAppendsStartAfresh() throws IOException {
        try (UsageJournal journal = new UsageJournal(file())) {
            journal.append(UsageRecords.records("a", 5));
            journal.clear();
            assertThat(journal.recover()).isEmpty();
            assertThat(Files.size(file())).isZero();

            journal.append(List.of(UsageRecords.record("b")));
            assertThat(journal.recover()).extracting(UsageRecord::requestId).containsExactly("b");
            assertThat(Files.readAllLines(file())).hasSize(1);
        }
    }

    @Test
    void allStoredKeepsASmallJournal() {
        // Below the truncation threshold the journal keeps its (already stored) records:
        // replaying them after a crash is harmless because storing is idempotent.
        try (UsageJournal journal = new UsageJournal(file())) {
            journal.append(UsageRecords.records("a", 3));
            journal.allStored();
            assertThat(journal.recover()).hasSize(3);
        }
    }

    @Test
    void allStoredTruncatesALargeJournal() throws IOException {
        try (UsageJournal journal = new UsageJournal(file())) {
            int lineBytes = UsageRecordCodec.toLine(UsageRecords.record("big-00000")).length() + 1;
            int count = (8 << 20) / lineBytes + 100;
            journal.append(UsageRecords.records("big", count));
            assertThat(Files.size(file())).isGreaterThan(8L << 20);

            journal.allStored();
            assertThat(Files.size(file())).isZero();
            assertThat(journal.recover()).isEmpty();

            journal.append(List.of(UsageRecords.record("after")));
            assertThat(journal.recover()).extracting(UsageRecord::requestId).containsExactly("after");
        }
    }
}
