package com.netra.apex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.netra.apex.core.usage.TokenUsage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SemanticCacheTest {

    private static final int DIMENSIONS = 64;
    private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final double THRESHOLD = 0.92;
    private static final String SCOPE = "scope-1";
    private static final String QUESTION = "How do I reset my password?";

    private final MutableClock clock = new MutableClock(T0);
    private final FakeEmbedder embedder = new FakeEmbedder(DIMENSIONS);
    private final InMemoryAnswerCache answers = new InMemoryAnswerCache(clock);
    private final Random random = new Random(42);

    /** One-bit bands: vectors at cosine 0.9 share some band all but certainly, so the threshold alone decides. */
    private final LshBands lsh = new LshBands(DIMENSIONS, 16, 1, 7);

    private SemanticCache cache(SemanticIndex index) {
        return new SemanticCache(embedder, index, answers, MeaningGuard.standard(), lsh, clock);
    }

    private final SemanticCache cache = cache(new InMemorySemanticIndex());

    private static CachedAnswer answer(String text) {
        return new CachedAnswer(text.getBytes(StandardCharsets.UTF_8), "openai", "gpt-4o", new TokenUsage(12, 0, 0, 30),
                T0, text);
    }

    private void store(SemanticCache c, String tenant, String scope, String text, CachedAnswer answer, Duration ttl) {
        c.store(tenant, c.probe(new SemanticQuery(scope, text)), answer, ttl);
    }

    private SemanticCache.Lookup lookup(String tenant, String scope, String text, double threshold) {
        return cache.lookup(tenant, new SemanticQuery(scope, text), threshold);
    }

    @Test
    void theSameQuestionInTheSameTenantAndScopeIsServed() {
        CachedAnswer a = answer("Use the reset link.");
        store(cache, "acme", SCOPE, QUESTION, a, HOUR);

        SemanticCache.Lookup hit = lookup("acme", SCOPE, QUESTION, THRESHOLD);

        assertThat(hit.match()).hasValueSatisfying(m -> {
            assertThat(m.answer()).isSameAs(a);
            assertThat(m.similarity()).isCloseTo(1.0, within(0.01));
            assertThat(m.entryId()).isNotBlank();
        });
        assertThat(hit.candidates()).isEqualTo(1);
        assertThat(hit.rejectedBy()).isNull();
        assertThat(answers.contains("acme", SemanticEntry.answerKey(hit.match().get().entryId()))).isTrue();
    }

    @Test
    void anotherTenantNeverGetsTheEntryEvenForTheIdenticalQueryAndScope() {
        store(cache, "acme", SCOPE, QUESTION, answer("acme's answer"), HOUR);

        SemanticCache.Lookup other = lookup("globex", SCOPE, QUESTION, 0.80);

        assertThat(other.match()).isEmpty();
        assertThat(other.candidates()).isZero();
    }

    @Test
    void anotherScopeNeverGetsTheEntry() {
        store(cache, "acme", SCOPE, QUESTION, answer("in scope 1"), HOUR);

        SemanticCache.Lookup other = lookup("acme", "scope-2", QUESTION, 0.80);

        assertThat(other.match()).isEmpty();
        assertThat(other.candidates()).isZero();
    }

    @Test
    void theThresholdIsRespected() {
        float[] stored = FakeEmbedder.random(DIMENSIONS, random);
        float[] asked = FakeEmbedder.atCosine(stored, 0.90, random);
        embedder.set(QUESTION, stored);
        store(cache, "acme", SCOPE, QUESTION, answer("A"), HOUR);
        embedder.set(QUESTION, asked);
        assertThat(lsh.bucketKeys(asked)).containsAnyElementsOf(lsh.bucketKeys(stored)); // the index finds it

        SemanticCache.Lookup strict = lookup("acme", SCOPE, QUESTION, 0.95);
        SemanticCache.Lookup lenient = lookup("acme", SCOPE, QUESTION, 0.85);

        assertThat(strict.match()).isEmpty();
        assertThat(strict.candidates()).isZero();
        assertThat(lenient.match()).hasValueSatisfying(m -> assertThat(m.similarity()).isCloseTo(0.90, within(0.01)));
    }

    @Test
    void expiredEntriesAreIgnored() {
        store(cache, "acme", SCOPE, QUESTION, answer("A"), Duration.ofSeconds(60));

        clock.advance(Duration.ofSeconds(59));
        assertThat(lookup("acme", SCOPE, QUESTION, THRESHOLD).match()).isPresent();
        clock.advance(Duration.ofSeconds(2));
        SemanticCache.Lookup late = lookup("acme", SCOPE, QUESTION, THRESHOLD);

        assertThat(late.match()).isEmpty();
        assertThat(late.candidates()).isZero(); // dropped by the entry's expiry, not only by the answer cache's
    }

    @Test
    void aQueryThatDiffersOnlyInANumberMissesEvenWithAnIdenticalVector() {
        float[] same = FakeEmbedder.random(DIMENSIONS, random);
        embedder.set("Convert 5 km to miles", same);
        embedder.set("Convert 50 km to miles", same);
        store(cache, "acme", SCOPE, "Convert 5 km to miles", answer("3.1 miles"), HOUR);

        SemanticCache.Lookup flipped = lookup("acme", SCOPE, "Convert 50 km to miles", THRESHOLD);

        assertThat(flipped.match()).isEmpty();
        assertThat(flipped.candidates()).isEqualTo(1);
        assertThat(flipped.rejectedBy()).isNotBlank();
        assertThat(lookup("acme", SCOPE, "Convert 5 km to miles", THRESHOLD).match()).isPresent();
    }

    @Test
    void aRejectedCandidateIsSkippedAndTheNextCompatibleOneServed() {
        float[] v = FakeEmbedder.random(DIMENSIONS, random);
        CachedAnswer fifty = answer("31 miles");
        embedder.set("Convert 5 km to miles", v);
        store(cache, "acme", SCOPE, "Convert 5 km to miles", answer("3.1 miles"), HOUR);
        embedder.set("Convert 50 km to miles", FakeEmbedder.atCosine(v, 0.97, random));
        store(cache, "acme", SCOPE, "Convert 50 km to miles", fifty, HOUR);
        embedder.set("Convert 50 km to miles", v); // now the 5 km entry is the closer one

        SemanticCache.Lookup found = lookup("acme", SCOPE, "Convert 50 km to miles", THRESHOLD);

        assertThat(found.candidates()).isEqualTo(2);
        assertThat(found.match()).hasValueSatisfying(m -> assertThat(m.answer()).isSameAs(fifty));
    }

    @Test
    void theClosestEntryIsServed() {
        float[] first = FakeEmbedder.random(DIMENSIONS, random);
        float[] second = FakeEmbedder.atCosine(first, 0.93, random);
        CachedAnswer closer = answer("closer");
        embedder.set(QUESTION, first);
        store(cache, "acme", SCOPE, QUESTION, answer("farther"), HOUR);
        embedder.set(QUESTION, second);
        store(cache, "acme", SCOPE, QUESTION, closer, HOUR);
        embedder.set(QUESTION, FakeEmbedder.atCosine(second, 0.99, random));

        assertThat(lookup("acme", SCOPE, QUESTION, 0.80).match())
                .hasValueSatisfying(m -> assertThat(m.answer()).isSameAs(closer));
    }

    @Test
    void anEntryWhoseAnswerIsGoneIsAMiss() {
        AnswerCache forgetful = new AnswerCache() {
            @Override
            public java.util.Optional<CachedAnswer> get(String tenantId, String key) {
                return java.util.Optional.empty();
            }

            @Override
            public void put(String tenantId, String key, CachedAnswer answer, Duration ttl) {
            }
        };
        SemanticCache c = new SemanticCache(embedder, new InMemorySemanticIndex(), forgetful, MeaningGuard.standard(), lsh, clock);
        store(c, "acme", SCOPE, QUESTION, answer("A"), HOUR);

        SemanticCache.Lookup lookup = c.lookup("acme", new SemanticQuery(SCOPE, QUESTION), THRESHOLD);

        assertThat(lookup.match()).isEmpty();
        assertThat(lookup.candidates()).isEqualTo(1);
    }

    @Test
    void storeWritesTheAnswerFirstThenAnEntryWithTheFingerprintAndExpiry() {
        List<SemanticEntry> added = new ArrayList<>();
        InMemorySemanticIndex recording = new InMemorySemanticIndex() {
            @Override
            public void add(String tenantId, String scope, List<String> buckets, SemanticEntry entry) {
                assertThat(answers.contains(tenantId, entry.answerKey())).as("answer stored before the index entry").isTrue();
                assertThat(buckets).isEqualTo(lsh.bucketKeys(embedder.embed(QUESTION)));
                added.add(entry);
                super.add(tenantId, scope, buckets, entry);
            }
        };
        store(cache(recording), "acme", SCOPE, QUESTION, answer("A"), Duration.ofMinutes(10));

        assertThat(added).singleElement().satisfies(e -> {
            assertThat(e.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
            assertThat(e.fingerprint()).isEqualTo(MeaningGuard.standard().fingerprint(QUESTION).encode());
            assertThat(e.vector()).isEqualTo(QuantizedVector.encode(embedder.embed(QUESTION)));
        });
    }

    @Test
    void theProbeOfAMissStoresTheAnswerForTheNextLookup() {
        SemanticQuery query = new SemanticQuery(SCOPE, QUESTION);
        CachedAnswer a = answer("A");

        SemanticCache.Lookup miss = cache.lookup("acme", query, THRESHOLD);
        assertThat(miss.match()).isEmpty();
        assertThat(miss.probe().query()).isEqualTo(query);
        assertThat(miss.probe().vector()).isEqualTo(embedder.embed(QUESTION));
        assertThat(miss.probe().buckets()).isEqualTo(lsh.bucketKeys(miss.probe().vector()));
        cache.store("acme", miss.probe(), a, HOUR);

        assertThat(cache.lookup("acme", query, THRESHOLD).match())
                .hasValueSatisfying(m -> assertThat(m.answer()).isSameAs(a));
    }

    @Test
    void aQuestionBetweenTwoDifferentCachedPromptsIsAMiss() {
        float[] q = FakeEmbedder.random(DIMENSIONS, random);
        embedder.set("Where is my parcel?", q);
        embedder.set("Where is my package?", FakeEmbedder.atCosine(q, 0.97, random));
        embedder.set("Where is my shipment?", FakeEmbedder.atCosine(q, 0.96, random));
        store(cache, "acme", SCOPE, "Where is my package?", answer("package answer"), HOUR);
        store(cache, "acme", SCOPE, "Where is my shipment?", answer("shipment answer"), HOUR);

        SemanticCache.Lookup lookup = lookup("acme", SCOPE, "Where is my parcel?", THRESHOLD);

        assertThat(lookup.match()).isEmpty();
        assertThat(lookup.rejectedBy()).startsWith("ambiguous");
    }

    @Test
    void theSamePromptStoredTwiceIsNotAmbiguous() {
        float[] q = FakeEmbedder.random(DIMENSIONS, random);
        embedder.set("Where is my parcel?", q);
        embedder.set("Where is my package?", FakeEmbedder.atCosine(q, 0.97, random));
        store(cache, "acme", SCOPE, "Where is my package?", answer("first copy"), HOUR);
        store(cache, "acme", SCOPE, "Where is my package?", answer("second copy"), HOUR);

        assertThat(lookup("acme", SCOPE, "Where is my parcel?", THRESHOLD).match()).isPresent();
    }

    @Test
    void aRunnerUpJustBelowTheThresholdStillMakesTheMatchAmbiguous() {
        float[] q = FakeEmbedder.random(DIMENSIONS, random);
        embedder.set("Where is my parcel?", q);
        embedder.set("Where is my package?", FakeEmbedder.atCosine(q, 0.93, random));
        embedder.set("Where is my shipment?", FakeEmbedder.atCosine(q, 0.91, random));
        store(cache, "acme", SCOPE, "Where is my package?", answer("package answer"), HOUR);
        store(cache, "acme", SCOPE, "Where is my shipment?", answer("shipment answer"), HOUR);

        assertThat(lookup("acme", SCOPE, "Where is my parcel?", THRESHOLD).match()).isEmpty();
    }
}
