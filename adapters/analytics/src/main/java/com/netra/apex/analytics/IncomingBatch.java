package com.netra.apex.analytics;

import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.store.RowCost;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One append call's rows, priced and loaded into an in-memory DuckDB table through the Appender (no
 * per-row INSERT). The table is narrower than the stored shape because every appended value costs a
 * call into the driver: the few repeating names (source, provider, model, cost source) go in as codes
 * into {@link #WORDS}, tags as one text, and the tenant, day and priced flag are left for SQL to derive.
 * {@link ParquetWrite} turns it into {@code LogTable}'s shape.
 */
final class IncomingBatch {

    static final String TABLE = "incoming";
    static final String WORDS = "words";
    /** Joins a call's tags into one text; SQL splits them again (U+001F, the unit separator). */
    static final char TAG_SEPARATOR = '\u001f';

    private static final String COLUMNS = "row_id VARCHAR, ts TIMESTAMP, source INTEGER, provider INTEGER, "
            + "model INTEGER, key_id VARCHAR, tags VARCHAR, input_tokens BIGINT, cached_input_tokens BIGINT, "
            + "cache_write_tokens BIGINT, output_tokens BIGINT, cost_usd DECIMAL(18, 9), cost_source INTEGER, "
            + "prompt_text VARCHAR, prompt_hash VARCHAR, prefix_hash VARCHAR, prefix_tokens BIGINT, "
            + "latency_ms BIGINT, status INTEGER, batch BOOLEAN, requests BIGINT";

    private final PriceTable prices;
    private final String tenantId;
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    /** The partition name of each UTC day seen, by epoch day. */
    private final Map<Long, String> days = new HashMap<>();
    private final SeenRowIds seen = new SeenRowIds();
    private boolean mayRepeat;

    private IncomingBatch(String tenantId, PriceTable prices) {
        this.tenantId = tenantId;
        this.prices = prices;
    }

    /** Creates the tables on {@code connection} and fills them; returns the batch for its days. */
    static IncomingBatch load(DuckDBConnection connection, String tenantId, Iterator<LogRow> rows,
            PriceTable prices) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + TABLE + " (" + COLUMNS + ")");
            s.execute("CREATE TABLE " + WORDS + " (code INTEGER, word VARCHAR)");
        }
        IncomingBatch batch = new IncomingBatch(tenantId, prices);
        // One transaction for the batch: in auto-commit every appender flush (2,048 rows) commits on its own.
        connection.setAutoCommit(false);
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
            while (rows.hasNext()) {
                batch.add(appender, rows.next());
            }
        }
        batch.storeWords(connection);
        connection.commit();
        connection.setAutoCommit(true);
        return batch;
    }

    /** False when no (day, rowId) pair can occur twice in this batch; true means it might. */
    boolean mayRepeat() {
        return mayRepeat;
    }

    /** The UTC days this batch has rows for, as partition names. */
    Collection<String> days() {
        return days.values();
    }

    private void add(DuckDBAppender a, LogRow row) throws SQLException {
        check(row);
        long epochDay = Math.floorDiv(row.timestamp().getEpochSecond(), 86_400L);
        days.computeIfAbsent(epochDay, d -> LocalDate.ofEpochDay(d).toString());
        mayRepeat |= seen.seenBefore(epochDay, row.rowId());
        RowCost cost = RowCost.of(row, prices);
        a.beginRow();
        a.append(row.rowId()).appendEpochMicros(micros(row.timestamp()));
        code(a, row.source());
        code(a, row.provider());
        code(a, row.model());
        text(a, row.keyId());
        text(a, tags(row.tags()));
        a.append(row.inputTokens()).append(row.cachedInputTokens()).append(row.cacheWriteTokens())
                .append(row.outputTokens());
        money(a, cost.usd());
        code(a, cost.source().name().toLowerCase(Locale.ROOT));
        text(a, row.promptText());
        text(a, row.promptHash());
        text(a, row.prefixHash());
        a.append(row.prefixTokens()).append(row.latencyMillis()).append(row.status()).append(row.batch())
                .append(row.requests());
        a.endRow();
    }

    /** A row for another tenant would land in this tenant's folder: refuse it outright. */
    private void check(LogRow row) {
        if (row.tenantId() != null && !row.tenantId().equals(tenantId)) {
            throw new IllegalArgumentException("row " + row.rowId() + " belongs to tenant " + row.tenantId()
                    + ", not " + tenantId);
        }
        if (row.rowId() == null || row.rowId().isEmpty() || row.timestamp() == null) {
            throw new IllegalArgumentException("a log row needs a rowId and a timestamp: " + row.rowId());
        }
    }

    /** Appends the code of a repeating name, numbering names as they first appear; null stays null. */
    private void code(DuckDBAppender a, String word) throws SQLException {
        if (word == null) {
            a.appendNull();
            return;
        }
        a.append(codes.computeIfAbsent(word, w -> {
            words.add(w);
            return words.size() - 1;
        }).intValue());
    }

    private void storeWords(DuckDBConnection connection) throws SQLException {
        try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, WORDS)) {
            for (int i = 0; i < words.size(); i++) {
                a.beginRow().append(i).append(words.get(i)).endRow();
            }
        }
    }

    /** Null for no tags, so that a single empty tag survives the round trip. */
    private static String tags(List<String> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < tags.size(); i++) {
            if (i > 0) {
                joined.append(TAG_SEPARATOR);
            }
            // a separator inside a tag would split it in two; a control character has no meaning in a tag
            joined.append(tags.get(i).replace(TAG_SEPARATOR, ' '));
        }
        return joined.toString();
    }

    private static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    private static void text(DuckDBAppender a, String value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    private static void money(DuckDBAppender a, BigDecimal usd) throws SQLException {
        if (usd == null) {
            a.appendNull();
        } else {
            a.append(usd);
        }
    }
}
