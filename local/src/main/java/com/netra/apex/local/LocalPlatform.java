package com.netra.apex.local;

import com.netra.apex.optimize.GatewayApplication;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole platform in one JVM: DynamoDB Local keeping data under the data directory, and the same
 * gateway app that runs in Lambda, wired to it. Used by `apex up`, the integration tests and the benchmark.
 */
public final class LocalPlatform implements AutoCloseable {

    private final DynamoDbLocalServer dynamoDb;
    private final ApplicationContext gateway;
    private final Path dataDir;

    private LocalPlatform(DynamoDbLocalServer dynamoDb, ApplicationContext gateway, Path dataDir) {
        this.dynamoDb = dynamoDb;
        this.gateway = gateway;
        this.dataDir = dataDir;
    }

    /**
     * @param port       the gateway's port; 0 picks a free one
     * @param properties configuration layered over application.yml (provider URLs, timeouts, ...)
     */
    public static LocalPlatform start(Path dataDir, int port, Map<String, Object> properties) {
        Path dir = dataDir.toAbsolutePath();
        DynamoDbLocalServer dynamoDb = DynamoDbLocalServer.start(dir.resolve("dynamodb"), 0);
        try {
            Map<String, Object> config = new HashMap<>();
            config.put("micronaut.server.port", port == 0 ? -1 : port);
            config.put("apex.dynamodb.endpoint", dynamoDb.endpoint().toString());
            config.put("apex.dynamodb.create-tables", true);
            config.put("apex.keys.hashing-secret", LocalSecrets.loadOrCreate(dir).keyHashingSecret());
            config.put("apex.meter.journal", dir.resolve("usage.journal").toString());
            config.put("apex.wedge.root", dir.resolve("wedge").toString());
            config.putAll(properties);
            // A plain context, not Micronaut.start(): that registers its own shutdown hook, which would race
            // ours (stop the gateway, flushing usage records, before the database it flushes to).
            ApplicationContext context = ApplicationContext.builder().mainClass(GatewayApplication.class)
                    .banner(false).eagerInitSingletons(true).properties(config).start();
            context.getBean(EmbeddedServer.class).start();
            return new LocalPlatform(dynamoDb, context, dir);
        } catch (RuntimeException e) {
            dynamoDb.close();
            throw e;
        }
    }

    public URI url() {
        return gateway.getBean(EmbeddedServer.class).getURI();
    }

    public URI dynamoDbEndpoint() {
        return dynamoDb.endpoint();
    }

    public <T> T bean(Class<T> type) {
        return gateway.getBean(type);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the gateway first, which flushes pending usage records, then the database. */
    @Override
    public void close() {
        gateway.close();
        dynamoDb.close();
    }
}
