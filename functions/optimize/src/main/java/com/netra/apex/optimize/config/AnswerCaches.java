package com.netra.apex.optimize.config;

import com.netra.apex.core.cache.AnswerCache;
import com.netra.apex.core.cache.Embedder;
import com.netra.apex.core.cache.LshBands;
import com.netra.apex.core.cache.MeaningGuard;
import com.netra.apex.core.cache.NearAnswerCache;
import com.netra.apex.core.cache.SemanticCache;
import com.netra.apex.core.cache.SemanticIndex;
import com.netra.apex.core.optimize.ResponseCaching;
import com.netra.apex.dynamodb.DynamoDbAnswerCache;
import com.netra.apex.dynamodb.OptimizationTables;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Builds the answer caches on DynamoDB the one way the gateway, the evaluations and the benchmarks all use. */
public final class AnswerCaches {

    /** Exact-cache reads that overlap the semantic query's embedding; daemon threads, grown on demand. */
    private static final ExecutorService EXACT_READS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "apex-exact-cache-read");
        t.setDaemon(true);
        return t;
    });

    private AnswerCaches() {
    }

    /** @param embedder null for no semantic cache */
    public static ResponseCaching onDynamoDb(DynamoDbClient client, OptimizationTables tables, SemanticIndex index,
                                             Embedder embedder, LshBands lsh, Clock clock) {
        AnswerCache answers = new NearAnswerCache(new DynamoDbAnswerCache(client, tables.answers(), clock), clock,
                Duration.ofSeconds(30), 5_000);
        if (embedder == null) {
            return new ResponseCaching(answers, null);
        }
        return new ResponseCaching(answers, new SemanticCache(embedder, index, answers, MeaningGuard.standard(), lsh, clock),
                EXACT_READS);
    }
}
