package com.netra.apex.core.wedge.ingest;

import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A row being filled in by a parser: named setters instead of twenty-one positional arguments. */
final class RowDraft {

    String rowId;
    String tenantId;
    Instant timestamp;
    LogFormat format;
    String provider = Providers.UNKNOWN;
    String model = Providers.UNKNOWN;
    String keyId;
    List<String> tags = List.of();
    TokenUsage tokens = TokenUsage.NONE;
    BigDecimal costUsd;
    String promptText;
    String promptHash;
    String prefixHash;
    long prefixTokens;
    long latencyMillis;
    int status = 200;
    boolean batch;
    long requests = 1;

    RowDraft(LogFormat format, String tenantId) {
        this.format = format;
        this.tenantId = tenantId;
    }

    /** The model as price tables name it, and its provider (stated, else inferred from the name). */
    RowDraft model(String statedProvider, String rawModel) {
        model = Providers.model(rawModel);
        provider = Providers.of(statedProvider, rawModel);
        return this;
    }

    LogRow toRow() {
        if (timestamp == null) {
            throw new MalformedRecord("no timestamp");
        }
        return new LogRow(rowId, tenantId, timestamp, format.wireName(), provider, model, keyId, tags,
                tokens.input(), tokens.cachedInput(), tokens.cacheWrite(), tokens.output(), costUsd, promptText,
                promptHash, prefixHash, prefixTokens, latencyMillis, status, batch, requests);
    }
}
