package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.cache.CachedAnswer;
import com.netra.apex.core.usage.TokenUsage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbAnswerCacheTest {

    /** Far ahead: DynamoDB Local really deletes items whose TTL has passed, so only the fixed clock may expire them. */
    private static final Instant T0 = Instant.parse("2099-01-15T10:00:00Z");
    private static final String BODY = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
            + "\"message\":{\"role\":\"assistant\",\"content\":\"" + "Paris is the capital of France. ".repeat(40)
            + "\"},\"finish_reason\":\"stop\"}]}";

    private String table;

    @BeforeEach
    void setUp() {
        table = LocalDynamo.freshOptimizationTables().answers();
    }

    private DynamoDbAnswerCache cacheAt(Instant now) {
        return new DynamoDbAnswerCache(LocalDynamo.client(), table, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static CachedAnswer answer(String body, String prompt) {
        return new CachedAnswer(body.getBytes(StandardCharsets.UTF_8), "openai", "gpt-4o-mini-2024-07-18",
                new TokenUsage(120, 30, 5, 48), Instant.parse("2099-01-15T09:59:58.123Z"), prompt);
    }

    private static void assertSameAnswer(CachedAnswer actual, CachedAnswer expected) {
        assertThat(new String(actual.body(), StandardCharsets.UTF_8)).isEqualTo(new String(expected.body(), StandardCharsets.UTF_8));
        assertThat(actual.provider()).isEqualTo(expected.provider());
        assertThat(actual.servedModel()).isEqualTo(expected.servedModel());
        assertThat(actual.tokens()).isEqualTo(expected.tokens());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
        assertThat(actual.prompt()).isEqualTo(expected.prompt());
    }

    @Test
    void aStoredAnswerIsReadBackWithEveryField() {
        CachedAnswer a = answer(BODY, "What is the capital of France?");
        cacheAt(T0).put("acme", "key-1", a, Duration.ofHours(1));

        assertThat(cacheAt(T0).get("acme", "key-1")).hasValueSatisfying(found -> assertSameAnswer(found, a));
    }

    @Test
    void absentOptionalFieldsStayAbsent() {
        CachedAnswer a = new CachedAnswer("{}".getBytes(StandardCharsets.UTF_8), null, null, TokenUsage.NONE, T0, null);
        cacheAt(T0).put("acme", "key-1", a, Duration.ofHours(1));

        assertThat(cacheAt(T0).get("acme", "key-1")).hasValueSatisfying(found -> assertSameAnswer(found, a));
    }

    @Test
    void anUnknownKeyIsEmpty() {
        assertThat(cacheAt(T0).get("acme", "nope")).isEmpty();
    }

    @Test
    void theSameKeyOfAnotherTenantIsEmpty() {
        cacheAt(T0).put("acme", "key-1", answer(BODY, null), Duration.ofHours(1));

        assertThat(cacheAt(T0).get("globex", "key-1")).isEmpty();
    }

    @Test
    void tenantsWithTheSameKeyKeepTheirOwnAnswers() {
        CachedAnswer acme = answer("acme", null);
        CachedAnswer globex = answer("globex", null);
        cacheAt(T0).put("acme", "key-1", acme, Duration.ofHours(1));
        cacheAt(T0).put("globex", "key-1", globex, Duration.ofHours(1));

        assertSameAnswer(cacheAt(T0).get("acme", "key-1").orElseThrow(), acme);
        assertSameAnswer(cacheAt(T0).get("globex", "key-1").orElseThrow(), globex);
    }

    @Test
    void aKeyWhoseItemCollidesWithAnotherTenantsIsNotServed() {
        // "a" + "#" + "b#k" and "a#b" + "#" + "k" name the same item: the tenant stored on it decides.
        cacheAt(T0).put("a", "b#k", answer("tenant a's", null), Duration.ofHours(1));

        assertThat(cacheAt(T0).get("a#b", "k")).isEmpty();
        assertThat(cacheAt(T0).get("a", "b#k")).isPresent();
    }

    @Test
    void anExpiredAnswerIsNotReturnedThoughTtlDeletionHasNotRun() {
        cacheAt(T0).put("acme", "key-1", answer(BODY, null), Duration.ofSeconds(60));

        assertThat(cacheAt(T0.plusSeconds(59)).get("acme", "key-1")).isPresent();
        assertThat(cacheAt(T0.plusSeconds(60)).get("acme", "key-1")).isEmpty();
        assertThat(cacheAt(T0.plusSeconds(3600)).get("acme", "key-1")).isEmpty();
        assertThat(LocalDynamo.scanAll(table)).hasSize(1);
    }

    @Test
    void aNewerPutReplacesTheAnswer() {
        cacheAt(T0).put("acme", "key-1", answer("old", null), Duration.ofSeconds(60));
        CachedAnswer fresh = answer("new", null);
        cacheAt(T0.plusSeconds(50)).put("acme", "key-1", fresh, Duration.ofSeconds(60));

        assertSameAnswer(cacheAt(T0.plusSeconds(100)).get("acme", "key-1").orElseThrow(), fresh);
    }

    @Test
    void theItemIsTenantKeyedGzippedAndExpiresOnItsTtl() {
        cacheAt(T0).put("acme", "key-1", answer(BODY, null), Duration.ofSeconds(90));

        Map<String, AttributeValue> item = LocalDynamo.scanAll(table).get(0);
        byte[] stored = item.get("body").b().asByteArray();
        assertThat(item.get(ApexTables.PK).s()).isEqualTo("acme#key-1");
        assertThat(item.get("tenant").s()).isEqualTo("acme");
        assertThat(stored[0] & 0xff).isEqualTo(0x1f); // gzip magic
        assertThat(stored[1] & 0xff).isEqualTo(0x8b);
        assertThat(stored.length).isLessThan(BODY.length() / 4);
        assertThat(item.get(OptimizationTables.EXPIRES_AT).n()).isEqualTo(Long.toString(T0.getEpochSecond() + 90));
    }
}
