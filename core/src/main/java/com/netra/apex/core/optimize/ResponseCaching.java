package com.netra.apex.core.optimize;

import com.netra.apex.core.cache.AnswerCache;
import com.netra.apex.core.cache.CachedAnswer;
import com.netra.apex.core.cache.SemanticCache;
import com.netra.apex.core.cache.SemanticQuery;
import com.netra.apex.core.savings.SavingsCause;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The two answer caches in the order a request meets them: the exact cache, then (if the tenant turned it
 * on) the semantic cache. Blocking: both read storage, so callers run this off their event loop.
 */
public final class ResponseCaching {

    private final AnswerCache exact;
    private final SemanticCache semantic;
    private final Executor reads;

    /**
     * @param semantic null when the gateway runs without an embedding model
     * @param reads    runs the exact-cache read while the semantic query is being embedded
     */
    public ResponseCaching(AnswerCache exact, SemanticCache semantic, Executor reads) {
        this.exact = exact;
        this.semantic = semantic;
        this.reads = reads;
    }

    /** Without overlap: the exact read runs on the caller's thread first. */
    public ResponseCaching(AnswerCache exact, SemanticCache semantic) {
        this(exact, semantic, Runnable::run);
    }

    /** A cache hit: which cache served it, the answer, and the cosine similarity (1.0 for exact). */
    public record Hit(SavingsCause cause, CachedAnswer answer, double similarity) {
    }

    /** The hit if any, and the semantic probe for storing the answer after a miss (null when not semantic). */
    public record Found(Optional<Hit> hit, SemanticCache.Probe probe) {

        /** No hit and nothing to store under. */
        public static final Found NOTHING = new Found(Optional.empty(), null);
    }

    public Found lookup(String tenantId, ChatPlan plan) {
        boolean semanticToo = plan.semantic() != null && semantic != null;
        CompletableFuture<Optional<CachedAnswer>> exactHit = plan.exactKey() == null
                ? CompletableFuture.completedFuture(Optional.empty())
                : CompletableFuture.supplyAsync(() -> exact.get(tenantId, plan.exactKey()), semanticToo ? reads : Runnable::run);
        // The embedding is pure CPU and the exact read pure I/O: overlap them, the common miss pays for one.
        SemanticCache.Probe probe = semanticToo ? semantic.probe(plan.semantic()) : null;
        Optional<CachedAnswer> hit = exactHit.join();
        if (hit.isPresent()) {
            return new Found(Optional.of(new Hit(SavingsCause.EXACT_CACHE, hit.get(), 1.0)), null);
        }
        if (!semanticToo) {
            return Found.NOTHING;
        }
        SemanticCache.Lookup lookup = semantic.lookup(tenantId, probe, plan.policy().cache().semanticThreshold());
        return new Found(lookup.match().map(m -> new Hit(SavingsCause.SEMANTIC_CACHE, m.answer(), m.similarity())),
                lookup.probe());
    }

    /** A semantic lookup for an already embedded query at a given threshold (evaluations sweep thresholds with it). */
    public Optional<Hit> semanticLookup(String tenantId, SemanticCache.Probe probe, double threshold) {
        return semantic.lookup(tenantId, probe, threshold).match()
                .map(m -> new Hit(SavingsCause.SEMANTIC_CACHE, m.answer(), m.similarity()));
    }

    /** Stores a fresh answer under the plan's keys. */
    public void store(String tenantId, ChatPlan plan, SemanticCache.Probe probe, CachedAnswer answer) {
        if (plan.exactKey() != null) {
            exact.put(tenantId, plan.exactKey(), answer, plan.policy().cache().ttl());
        }
        if (probe != null && semantic != null) {
            semantic.store(tenantId, probe, answer, plan.policy().cache().ttl());
        }
    }

    /** Runs the embedding model once (no storage I/O), so its first real use is not a cold start. */
    public void warmUp() {
        if (semantic != null) {
            semantic.probe(new SemanticQuery("warm-up", "How do I reset my password?"));
        }
    }
}
