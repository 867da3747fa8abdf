package com.netra.apex.core.wedge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.metering.UsageRecordCodec;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.core.wedge.LogRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LogReaderTest {

    @Test
    void gzipIsDetectedByItsMagicBytesAndReadsLikeThePlainFile() {
        byte[] plain = Reads.resource("openai-requests.jsonl");
        byte[] gz = Reads.gzip(plain);
        Reads fromGzip = Reads.of(gz);
        assertThat(fromGzip.rows()).isEqualTo(Reads.of(plain).rows());
        assertThat(fromGzip.summary().bytesRead()).isEqualTo(gz.length);
        assertThat(fromGzip.summary().textBytes()).isEqualTo(plain.length);
    }

    @Test
    void readingTheSameFileTwiceGivesTheSameRowIds() {
        for (String file : new String[] {"openai-requests.jsonl", "openai-usage-page.json", "anthropic-console.csv",
                "litellm-spend.csv"}) {
            assertThat(Reads.ofResource(file).rows()).extracting(LogRow::rowId)
                    .isEqualTo(Reads.ofResource(file).rows().stream().map(LogRow::rowId).toList())
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void repeatsOfARowAreKeptWhenAsked() {
        Reads kept = Reads.of(new LogReader(Reads.TENANT).keepingRepeats(), Reads.resource("openai-requests.jsonl"));
        assertThat(kept.rows()).hasSize(6);
        assertThat(kept.summary().repeated()).isZero();
    }

    @Test
    void readsApexsOwnUsageRecords() {
        UsageRecord record = new UsageRecord("r-1", "someone-else", "key-1", Instant.parse("2026-11-01T00:00:00Z"), "chat",
                "openai", "gpt-4o", "gpt-4o-2024-08-06", false, new TokenUsage(100, 50, 0, 20),
                Cost.of(Money.usd("0.0004"), "2026-11-01"), 200, UsageRecord.COMPLETED, 300, -1, "none");
        Reads read = Reads.ofText(UsageRecordCodec.toLine(record) + "\n");
        assertThat(read.summary().format()).isEqualTo(LogFormat.APEX_USAGE);
        LogRow r = read.row("apex_usage:r-1");
        assertThat(r.tenantId()).as("the reader's tenant, never the file's").isEqualTo(Reads.TENANT);
        assertThat(r.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(r.keyId()).isEqualTo("key-1");
        assertThat(r.inputTokens()).isEqualTo(100);
        assertThat(r.cachedInputTokens()).isEqualTo(50);
        assertThat(r.costUsd()).isEqualByComparingTo("0.0004");
        assertThat(r.latencyMillis()).isEqualTo(300);
        assertThat(r.promptText()).isNull();
    }

    @Test
    void aForcedFormatReportsRecordsOfAnotherFormat() {
        Reads read = Reads.of(new LogReader(Reads.TENANT).withFormat(LogFormat.LITELLM_SPEND),
                Reads.resource("openai-usage-page.json"));
        assertThat(read.rows()).isEmpty();
        assertThat(read.summary().format()).isNull();
        assertThat(read.summary().problems().get(0).reason()).startsWith("no known log format has these fields: object");
    }

    @Test
    void aRecordOfAnotherShapeAfterDetectionIsReportedNotGuessed() {
        String lines = "{\"timestamp\":1761955200,\"request\":{\"model\":\"gpt-4o\",\"messages\":[]}}\n"
                + "{\"event\":\"heartbeat\",\"timestamp\":1761955200}\n";
        Reads read = Reads.ofText(lines);
        assertThat(read.rows()).hasSize(1);
        assertThat(read.summary().problems()).containsExactly(
                new Malformed(2, "does not match the detected format openai_jsonl; fields: event, timestamp"));
    }

    @Test
    void aFileOfNoKnownFormatStopsAfterAHundredRecords() {
        String lines = "{\"hello\":1}\n".repeat(1000);
        Reads read = Reads.of(new LogReader(Reads.TENANT).withMaxProblems(5), lines.getBytes(StandardCharsets.UTF_8));
        assertThat(read.summary().format()).isNull();
        assertThat(read.summary().skipped()).isEqualTo(Ingestion.UNRECOGNISED_LIMIT);
        assertThat(read.summary().problems()).hasSize(5);
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedWithoutBufferingIt() {
        String good = "{\"timestamp\":1761955200,\"request_id\":\"a\",\"request\":{\"model\":\"gpt-4o\",\"messages\":[]}}\n";
        String huge = "{\"timestamp\":1761955200,\"request\":{\"x\":\"" + "y".repeat(300_000) + "\"}}\n";
        Reads read = Reads.of(new LogReader(Reads.TENANT).withMaxRecordBytes(1000),
                (good + huge + good.replace("\"a\"", "\"b\"")).getBytes(StandardCharsets.UTF_8));
        assertThat(read.rows()).extracting(LogRow::rowId).containsExactly("openai_jsonl:a", "openai_jsonl:b");
        assertThat(read.summary().problems()).containsExactly(new Malformed(2, "line longer than 1000 bytes"));
    }

    @Test
    void aTruncatedGzipKeepsTheRowsBeforeTheCutAndSaysSo() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append("{\"timestamp\":1761955200,\"request_id\":\"r").append(i)
                    .append("\",\"request\":{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"q")
                    .append(i * 7919L % 100_003).append("\"}]}}\n");
        }
        byte[] gz = Reads.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Reads read = Reads.of(Arrays.copyOf(gz, gz.length / 2));
        assertThat(read.rows().size()).isBetween(1, 1999);
        assertThat(read.summary().problems().get(read.summary().problems().size() - 1).reason())
                .startsWith("the compressed input is damaged or cut short");
    }

    @Test
    void concatenatedPrettyPrintedPagesAreAllRead() {
        String page = new String(Reads.resource("openai-usage-page.json"), StandardCharsets.UTF_8);
        Reads read = Reads.ofText(page + "\n" + page.replace("1761955200", "1761868800"));
        assertThat(read.rows()).hasSize(4).extracting(LogRow::rowId).doesNotHaveDuplicates();
    }

    @Test
    void invalidJsonInADocumentEndsTheReadAtItsLine() {
        Reads read = Reads.ofText("[\n{\"spend\":0.1,\"startTime\":\"2026-11-01T00:00:00Z\",\"request_id\":\"a\",\"model\":\"gpt-4o\"},\n{oops\n]");
        assertThat(read.rows()).hasSize(1);
        assertThat(read.summary().problems()).extracting(Malformed::lineNumber).containsExactly(3L);
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreTolerated() {
        String lines = "\uFEFF{\"timestamp\":1761955200,\"request_id\":\"a\",\"request\":{\"model\":\"gpt-4o\",\"messages\":[]}}\r\n";
        assertThat(Reads.ofText(lines).rows()).extracting(LogRow::rowId).containsExactly("openai_jsonl:a");
    }

    @Test
    void emptyInputReadsNothing() {
        Reads read = Reads.of(new byte[0]);
        assertThat(read.rows()).isEmpty();
        assertThat(read.summary().format()).isNull();
        assertThat(read.summary().skipped()).isZero();
    }

    @Test
    void theCallersStreamIsLeftOpen() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayInputStream in = new ByteArrayInputStream(Reads.resource("litellm-spend.json")) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        new LogReader(Reads.TENANT).read(in, row -> { });
        assertThat(closed).isFalse();
    }
}
