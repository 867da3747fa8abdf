package com.netra.apex.core.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Serves a cached answer to a paraphrase of a cached prompt. A hit needs all of: the same scope (model,
 * parameters, tools, system prompt and earlier turns hashed exactly), an LSH bucket in common, a cosine
 * similarity at or above the threshold on the stored vector, and the {@link MeaningGuard} finding no
 * meaning flip (negation, numbers, units, dates, entities, code identifiers). A false hit serves the wrong
 * answer, so every doubt is a miss.
 */
public final class SemanticCache {

    /** How many of the newest entries a lookup reads per bucket; bounds the work of a crowded bucket. */
    private static final int PER_BUCKET = 32;

    private final Embedder embedder;
    private final SemanticIndex index;
    private final AnswerCache answers;
    private final MeaningGuard guard;
    private final LshBands lsh;
    private final Clock clock;

    public SemanticCache(Embedder embedder, SemanticIndex index, AnswerCache answers, MeaningGuard guard,
                         LshBands lsh, Clock clock) {
        this.embedder = embedder;
        this.index = index;
        this.answers = answers;
        this.guard = guard;
        this.lsh = lsh;
        this.clock = clock;
    }

    /** A query embedded once, reused by {@link #store} after a miss. */
    public record Probe(SemanticQuery query, float[] vector, List<String> buckets) {
    }

    /** A served hit and how close it was. */
    public record Match(CachedAnswer answer, double similarity, String entryId) {
    }

    /** The outcome of a lookup: a match if any, and the probe for storing the answer after a miss. */
    public record Lookup(Optional<Match> match, Probe probe, int candidates, String rejectedBy) {
    }

    public Probe probe(SemanticQuery query) {
        float[] vector = embedder.embed(query.text());
        return new Probe(query, vector, lsh.bucketKeys(vector));
    }

    public Lookup lookup(String tenantId, SemanticQuery query, double threshold) {
        Probe probe = probe(query);
        Instant now = clock.instant();
        List<Scored> close = unique(index.candidates(tenantId, query.scope(), probe.buckets(), PER_BUCKET)).stream()
                .filter(e -> e.expiresAt().isAfter(now))
                .map(e -> new Scored(e, QuantizedVector.cosine(probe.vector(), e.vector())))
                .filter(s -> s.similarity >= threshold)
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed())
                .toList();
        Fingerprint asked = close.isEmpty() ? null : guard.fingerprint(query.text());
        String rejectedBy = null;
        for (Scored s : close) {
            MeaningGuard.Verdict verdict = guard.compare(Fingerprint.decode(s.entry.fingerprint()), asked);
            if (!verdict.compatible()) {
                rejectedBy = rejectedBy == null ? verdict.reason() : rejectedBy;
                continue;
            }
            Optional<CachedAnswer> answer = answers.get(tenantId, s.entry.answerKey());
            if (answer.isPresent()) {
                return new Lookup(Optional.of(new Match(answer.get(), s.similarity, s.entry.entryId())), probe, close.size(), null);
            }
        }
        return new Lookup(Optional.empty(), probe, close.size(), rejectedBy);
    }

    /** Stores an answer under a probe from {@link #lookup}: the answer first, so an index entry never dangles. */
    public void store(String tenantId, Probe probe, CachedAnswer answer, Duration ttl) {
        String entryId = UUID.randomUUID().toString();
        answers.put(tenantId, SemanticEntry.answerKey(entryId), answer, ttl);
        SemanticEntry entry = new SemanticEntry(entryId, QuantizedVector.encode(probe.vector()),
                guard.fingerprint(probe.query().text()).encode(), clock.instant().plus(ttl));
        index.add(tenantId, probe.query().scope(), probe.buckets(), entry);
    }

    private record Scored(SemanticEntry entry, double similarity) {
    }

    private static List<SemanticEntry> unique(List<SemanticEntry> entries) {
        Set<String> seen = new HashSet<>();
        return entries.stream().filter(e -> seen.add(e.entryId())).toList();
    }
}
