package com.netra.apex.dynamodb;

import com.netra.apex.core.metering.UsageRecordCodec;
import com.netra.apex.core.usage.UsageRecord;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The usage table's items: each packs a batch of one partition's records as gzip-compressed JSON Lines. */
final class UsageBatches {

    // Key: pk = tenantId#yyyy-MM-dd (UTC day received),
    //      sk = b#<first receivedAt, fixed width>#<first requestId>#<digest of the batch's request ids>.
    // Records are JSON lines of core's UsageRecordCodec, so cost travels as an exact decimal string.

    static final String FORMAT = "jsonl.gz.v1";
    static final String RECORDS = "records";
    static final String COUNT = "count";
    static final String FIRST_AT = "firstAt";
    static final String LAST_AT = "lastAt";
    static final String FORMAT_ATTR = "format";

    /** Caps one item well below DynamoDB's 400 KB item limit, leaving room for keys and attributes. */
    static final int MAX_RECORDS = 500;
    static final int MAX_PAYLOAD_BYTES = 300 * 1024;

    /**
     * Widest receivedAt span within one item. Readers find a batch by its first record's time, so a
     * query for [from, to) must start this far before {@code from}. Group commit delays are milliseconds,
     * but a long stream is queued at its end with its start time, so the writer enforces the bound by
     * splitting rather than trusting callers to send narrow batches.
     */
    static final Duration MAX_SPAN = Duration.ofMinutes(5);

    private static final String SORT_PREFIX = "b#";
    private static final Comparator<UsageRecord> TIME_ORDER =
            Comparator.comparing(UsageRecord::receivedAt).thenComparing(UsageRecord::requestId);

    private UsageBatches() {
    }

    /** The partition holding one tenant's records of one UTC day. */
    static String partitionKey(String tenantId, LocalDate utcDay) {
        // The day has a fixed width, so distinct (tenant, day) pairs never share a partition key,
        // even if a tenant id contained '#'.
        return tenantId + "#" + utcDay;
    }

    /** The lowest sort key a batch holding a record received at or after {@code from} can have. */
    static String sortKeyFloor(Instant from) {
        return SORT_PREFIX + IsoInstants.format(from.minus(MAX_SPAN));
    }

    /**
     * A sort key above every batch whose first record precedes {@code to} and below every other:
     * fixed-width times make "b#" + time(first) + "#..." sort before "b#" + time(to) exactly when first < to.
     */
    static String sortKeyCeiling(Instant to) {
        return SORT_PREFIX + IsoInstants.format(to);
    }

    static List<Map<String, AttributeValue>> pack(List<UsageRecord> records) {
        return pack(records, MAX_RECORDS, MAX_PAYLOAD_BYTES);
    }

    /** Groups records by partition and packs each partition's records, oldest first, into items. */
    static List<Map<String, AttributeValue>> pack(List<UsageRecord> records, int maxRecords, int maxPayloadBytes) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (Map.Entry<String, List<UsageRecord>> p : byPartition(records).entrySet()) {
            List<UsageRecord> sorted = p.getValue();
            sorted.sort(TIME_ORDER);
            int start = 0;
            while (start < sorted.size()) {
                int end = widestBatchEnd(sorted, start, maxRecords);
                byte[] payload = gzip(sorted.subList(start, end));
                while (payload.length > maxPayloadBytes) {
                    if (end - start == 1) {
                        throw new IllegalArgumentException("usage record " + sorted.get(start).requestId()
                                + " compresses to " + payload.length + " bytes, over " + maxPayloadBytes);
                    }
                    end = start + (end - start) / 2;
                    payload = gzip(sorted.subList(start, end));
                }
                items.add(item(p.getKey(), sorted.subList(start, end), payload));
                start = end;
            }
        }
        return items;
    }

    // BatchWriteItem rejects a call naming one key twice, and readers must see a request once, so a
    // record repeated within one putAll (a retry queued behind the original) is kept once: the last copy.
    private static Map<String, List<UsageRecord>> byPartition(List<UsageRecord> records) {
        Map<String, Map<String, UsageRecord>> byPk = new LinkedHashMap<>();
        for (UsageRecord r : records) {
            String pk = partitionKey(r.tenantId(), IsoInstants.utcDay(r.receivedAt()));
            byPk.computeIfAbsent(pk, k -> new HashMap<>()).put(r.requestId(), r);
        }
        Map<String, List<UsageRecord>> out = new LinkedHashMap<>();
        byPk.forEach((pk, byId) -> out.put(pk, new ArrayList<>(byId.values())));
        return out;
    }

    private static int widestBatchEnd(List<UsageRecord> sorted, int start, int maxRecords) {
        Instant latest = sorted.get(start).receivedAt().plus(MAX_SPAN);
        int end = start + 1;
        while (end < sorted.size() && end - start < maxRecords && !sorted.get(end).receivedAt().isAfter(latest)) {
            end++;
        }
        return end;
    }

    private static Map<String, AttributeValue> item(String pk, List<UsageRecord> batch, byte[] payload) {
        UsageRecord first = batch.get(0);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ApexTables.PK, AttributeValue.fromS(pk));
        // The digest keeps a different grouping of overlapping records (a replay chunked differently)
        // from overwriting this item with a subset of it; the same group still maps to the same key.
        item.put(ApexTables.SK, AttributeValue.fromS(SORT_PREFIX + IsoInstants.format(first.receivedAt()) + "#"
                + first.requestId() + "#" + digest(batch)));
        item.put(RECORDS, AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(payload)));
        item.put(COUNT, AttributeValue.fromN(Integer.toString(batch.size())));
        item.put(FIRST_AT, AttributeValue.fromS(IsoInstants.format(first.receivedAt())));
        item.put(LAST_AT, AttributeValue.fromS(IsoInstants.format(batch.get(batch.size() - 1).receivedAt())));
        item.put(FORMAT_ATTR, AttributeValue.fromS(FORMAT));
        return item;
    }

    private static String digest(List<UsageRecord> batch) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (UsageRecord r : batch) {
                sha.update(r.requestId().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            // 64 bits: it only has to tell apart groupings that share a first record.
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static byte[] gzip(List<UsageRecord> batch) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.size() * 64);
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes, 16 * 1024), StandardCharsets.UTF_8)) {
            for (UsageRecord r : batch) {
                out.write(UsageRecordCodec.toLine(r));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The records of one item, in stored order. */
    static List<UsageRecord> unpack(Map<String, AttributeValue> item) {
        AttributeValue format = item.get(FORMAT_ATTR);
        // A format this code does not know must fail loudly: read as empty, it would under-bill.
        if (format == null || !FORMAT.equals(format.s())) {
            throw new IllegalStateException("usage item " + item.get(ApexTables.SK) + " has unknown format " + format);
        }
        List<UsageRecord> out = new ArrayList<>();
        byte[] payload = item.get(RECORDS).b().asByteArrayUnsafe();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(payload)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty()) {
                    out.add(UsageRecordCodec.fromLine(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
