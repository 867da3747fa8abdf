package com.netra.apex.core.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
    /** How close a second, different cached prompt may score before a match counts as ambiguous. */
    static final double AMBIGUITY_MARGIN = 0.03;
    /** Stored vectors this close belong to the same prompt (quantization noise only). */
    private static final double SAME_PROMPT = 0.995;

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
        return lookup(tenantId, probe(query), threshold);
    }

    /** A lookup with the query already embedded (so embedding can overlap other work). */
    public Lookup lookup(String tenantId, Probe probe, double threshold) {
        Instant now = clock.instant();
        List<Scored> close = unique(index.candidates(tenantId, probe.query().scope(), probe.buckets(), PER_BUCKET)).stream()
                .filter(e -> e.expiresAt().isAfter(now))
                .map(e -> new Scored(e, QuantizedVector.cosine(probe.vector(), e.vector())))
                // Runner-ups just under the threshold still count for ambiguity, so they are kept here.
                .filter(s -> s.similarity >= threshold - AMBIGUITY_MARGIN)
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed())
                .toList();
        if (close.isEmpty() || close.get(0).similarity < threshold) {
            return new Lookup(Optional.empty(), probe, 0, null);
        }
        Fingerprint asked = guard.fingerprint(probe.query().text());
        List<Scored> compatible = new ArrayList<>();
        String rejectedBy = null;
        for (Scored s : close) {
            MeaningGuard.Verdict verdict = guard.compare(Fingerprint.decode(s.entry.fingerprint()), asked);
            if (verdict.compatible()) {
                compatible.add(s);
            } else if (rejectedBy == null) {
                rejectedBy = verdict.reason();
            }
        }
        if (compatible.isEmpty() || compatible.get(0).similarity < threshold) {
            return new Lookup(Optional.empty(), probe, close.size(), rejectedBy);
        }
        if (ambiguous(compatible)) {
            return new Lookup(Optional.empty(), probe, close.size(), "ambiguous: two different cached prompts match almost equally");
        }
        for (Scored s : compatible.stream().filter(c -> c.similarity >= threshold).toList()) {
            Optional<CachedAnswer> answer = answers.get(tenantId, s.entry.answerKey());
            if (answer.isPresent()) {
                return new Lookup(Optional.of(new Match(answer.get(), s.similarity, s.entry.entryId())), probe, close.size(), null);
            }
        }
        return new Lookup(Optional.empty(), probe, close.size(), "answer expired");
    }

    /**
     * True when a different cached prompt scores within {@link #AMBIGUITY_MARGIN} of the best one: the
     * question sits between two cached ones and either answer may be the wrong one, so it is a miss.
     * Entries of the same prompt stored twice (near-identical vectors) are not a different prompt.
     */
    private static boolean ambiguous(List<Scored> compatible) {
        Scored best = compatible.get(0);
        for (int i = 1; i < compatible.size(); i++) {
            Scored other = compatible.get(i);
            if (best.similarity - other.similarity > AMBIGUITY_MARGIN) {
                return false;
            }
            if (QuantizedVector.cosine(best.entry.vector(), other.entry.vector()) < SAME_PROMPT) {
                return true;
            }
        }
        return false;
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
