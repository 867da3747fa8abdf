package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Builds log rows for tests: OpenAI gpt-4o-mini, 1,000 input and 100 output tokens, unless told otherwise. */
final class TestRows {

    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static int sequence;

    private String tenant = "acme";
    private Instant at = START;
    private String provider = "openai";
    private String model = "gpt-4o-mini";
    private String key = "key-1";
    private List<String> tags = List.of();
    private long input = 1000;
    private long cached;
    private long write;
    private long output = 100;
    private BigDecimal cost;
    private String text;
    private String promptHash;
    private String prefixHash;
    private long prefixTokens;
    private int status = 200;
    private boolean batch;

    static TestRows row(String text) {
        TestRows r = new TestRows();
        r.text = text;
        return r;
    }

    TestRows tenant(String t) {
        tenant = t;
        return this;
    }

    TestRows atSeconds(long seconds) {
        at = START.plusSeconds(seconds);
        return this;
    }

    TestRows model(String p, String m) {
        provider = p;
        model = m;
        return this;
    }

    TestRows key(String k) {
        key = k;
        return this;
    }

    TestRows tags(String... t) {
        tags = List.of(t);
        return this;
    }

    TestRows tokens(long in, long cachedIn, long writeIn, long out) {
        input = in;
        cached = cachedIn;
        write = writeIn;
        output = out;
        return this;
    }

    TestRows cost(String usd) {
        cost = new BigDecimal(usd);
        return this;
    }

    TestRows promptHash(String h) {
        promptHash = h;
        return this;
    }

    TestRows prefix(String hash, long tokens) {
        prefixHash = hash;
        prefixTokens = tokens;
        return this;
    }

    TestRows status(int s) {
        status = s;
        return this;
    }

    TestRows batch() {
        batch = true;
        return this;
    }

    /** The prompt hash defaults to one per distinct text, as the ingest's SHA-256 of the request would be. */
    LogRow build() {
        String hash = promptHash != null ? promptHash
                : text == null ? null : model + ":" + Long.toHexString(Hash64.of(text));
        return new LogRow("row-" + sequence++, tenant, at, "test", provider, model, key, tags, input, cached, write,
                output, cost, text, hash, prefixHash, prefixTokens, 500, status, batch);
    }
}
