package com.netra.apex.local.eval;

import com.netra.apex.core.cache.Embedder;
import com.netra.apex.core.cache.LshBands;
import com.netra.apex.core.optimize.ResponseCaching;
import com.netra.apex.dynamodb.DynamoDbClients;
import com.netra.apex.dynamodb.DynamoDbSemanticIndex;
import com.netra.apex.dynamodb.OptimizationTables;
import com.netra.apex.embeddings.MiniLmEmbedder;
import com.netra.apex.local.DynamoDbLocalServer;
import com.netra.apex.optimize.config.AnswerCaches;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The gateway's answer caches on a throwaway DynamoDB Local, with the real embedding model: what the
 * cache evaluation and the pipeline benchmark run against, so they measure the code the gateway runs.
 */
public final class LocalCaches implements AutoCloseable {

    private final DynamoDbLocalServer server;
    private final DynamoDbClient client;
    private final DynamoDbSemanticIndex index;
    private final Embedder embedder;
    private final ResponseCaching caching;

    private LocalCaches(DynamoDbLocalServer server, LshBands lsh) {
        this.server = server;
        this.client = DynamoDbClients.forEndpoint(server.endpoint());
        OptimizationTables tables = OptimizationTables.defaults();
        tables.createIfMissing(client);
        this.index = new DynamoDbSemanticIndex(client, tables.semanticIndex(), 16);
        this.embedder = new MiniLmEmbedder();
        this.caching = AnswerCaches.onDynamoDb(client, tables, index, embedder, lsh, Clock.systemUTC());
    }

    public static LocalCaches start(LshBands lsh) {
        try {
            return new LocalCaches(DynamoDbLocalServer.start(Files.createTempDirectory("apex-caches"), 0), lsh);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ResponseCaching caching() {
        return caching;
    }

    public Embedder embedder() {
        return embedder;
    }

    @Override
    public void close() {
        index.close();
        client.close();
        server.close();
    }
}
