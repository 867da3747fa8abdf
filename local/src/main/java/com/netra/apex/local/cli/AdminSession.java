package com.netra.apex.local.cli;

import com.netra.apex.core.tenancy.ApiKeys;
import com.netra.apex.core.tenancy.KeyHasher;
import com.netra.apex.core.usage.UsageStore;
import com.netra.apex.dynamodb.ApexTables;
import com.netra.apex.dynamodb.DynamoDbApiKeyStore;
import com.netra.apex.dynamodb.DynamoDbClients;
import com.netra.apex.dynamodb.DynamoDbUsageStore;
import com.netra.apex.local.DynamoDbLocalServer;
import com.netra.apex.local.LocalSecrets;
import com.netra.apex.local.PlatformState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Access to keys and usage for the command line: through the running platform's DynamoDB Local when
 * `apex up` is running on the data directory, or by opening the data directory itself when it is not.
 */
public final class AdminSession implements AutoCloseable {

    private final DynamoDbLocalServer ownServer;
    private final DynamoDbClient client;
    private final ApexTables tables = ApexTables.defaults();
    private final Path dataDir;

    private AdminSession(DynamoDbLocalServer ownServer, DynamoDbClient client, Path dataDir) {
        this.ownServer = ownServer;
        this.client = client;
        this.dataDir = dataDir;
    }

    public static AdminSession open(Path dataDir) {
        Optional<PlatformState> running = PlatformState.ifRunning(dataDir);
        DynamoDbLocalServer server = running.isPresent() ? null : DynamoDbLocalServer.start(dataDir.resolve("dynamodb"), 0);
        DynamoDbClient client = DynamoDbClients.forEndpoint(running.map(PlatformState::dynamoDbEndpoint).orElseGet(() -> server.endpoint()));
        AdminSession session = new AdminSession(server, client, dataDir);
        session.tables.createIfMissing(client);
        return session;
    }

    public ApiKeys apiKeys() {
        KeyHasher hasher = new KeyHasher(LocalSecrets.loadOrCreate(dataDir).keyHashingSecret().getBytes(StandardCharsets.UTF_8));
        return new ApiKeys(new DynamoDbApiKeyStore(client, tables.apiKeys()), hasher, Clock.systemUTC(), Duration.ZERO);
    }

    public UsageStore usage() {
        return new DynamoDbUsageStore(client, tables.usage());
    }

    @Override
    public void close() {
        client.close();
        if (ownServer != null) {
            ownServer.close();
        }
    }
}
