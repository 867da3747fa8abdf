package com.netra.apex.dynamodb;

import com.netra.apex.core.cache.AnswerCache;
import com.netra.apex.core.cache.CachedAnswer;
import com.netra.apex.core.usage.TokenUsage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Cached answers, one item per tenant and key: partition key {@code tenant#key}, the body gzipped. The
 * tenant is in the key and checked again on read, so no lookup can return another tenant's answer.
 */
public final class DynamoDbAnswerCache implements AnswerCache {

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public DynamoDbAnswerCache(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<CachedAnswer> get(String tenantId, String key) {
        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table)
                .key(Map.of(ApexTables.PK, s(pk(tenantId, key))))).item();
        if (item == null || item.isEmpty() || !tenantId.equals(item.get("tenant").s())
                || Long.parseLong(item.get(OptimizationTables.EXPIRES_AT).n()) <= clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        TokenUsage tokens = new TokenUsage(n(item, "in"), n(item, "cachedIn"), n(item, "cacheWrite"), n(item, "out"));
        return Optional.of(new CachedAnswer(gunzip(item.get("body").b().asByteArray()), str(item, "provider"),
                str(item, "servedModel"), tokens, Instant.parse(item.get("createdAt").s()), str(item, "prompt")));
    }

    @Override
    public void put(String tenantId, String key, CachedAnswer answer, Duration ttl) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ApexTables.PK, s(pk(tenantId, key)));
        item.put("tenant", s(tenantId));
        item.put("body", AttributeValue.builder().b(SdkBytes.fromByteArray(gzip(answer.body()))).build());
        item.put("in", num(answer.tokens().input()));
        item.put("cachedIn", num(answer.tokens().cachedInput()));
        item.put("cacheWrite", num(answer.tokens().cacheWrite()));
        item.put("out", num(answer.tokens().output()));
        item.put("createdAt", s(answer.createdAt().toString()));
        item.put(OptimizationTables.EXPIRES_AT, num(clock.instant().plus(ttl).getEpochSecond()));
        putIfPresent(item, "provider", answer.provider());
        putIfPresent(item, "servedModel", answer.servedModel());
        putIfPresent(item, "prompt", answer.prompt());
        client.putItem(r -> r.tableName(table).item(item));
    }

    private static String pk(String tenantId, String key) {
        return tenantId + "#" + key;
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    private static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    private static long n(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue num(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] packed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
