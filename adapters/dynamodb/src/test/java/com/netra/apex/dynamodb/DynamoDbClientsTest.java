package com.netra.apex.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.tenancy.ApiKeyRecord;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** The endpoint client over real HTTP, against DynamoDB Local serving on a free port. */
class DynamoDbClientsTest {

    private static DynamoDBProxyServer server;
    private static URI endpoint;

    @BeforeAll
    static void startServer() throws Exception {
        int port = freePort();
        server = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", String.valueOf(port), "-disableTelemetry"});
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + port);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void endpointClientStoresAndReadsOverHttp() {
        try (DynamoDbClient client = DynamoDbClients.forEndpoint(endpoint)) {
            ApexTables tables = ApexTables.defaults();
            tables.createIfMissing(client);
            DynamoDbApiKeyStore keys = new DynamoDbApiKeyStore(client, tables.apiKeys());
            ApiKeyRecord key = new ApiKeyRecord("k1", "acme", "ci", "hash", Instant.parse("2025-03-01T00:00:00Z"), null);
            keys.create(key);

            assertThat(keys.find("k1")).contains(key);
            assertThat(client.listTables().tableNames()).containsAll(List.of("apex-api-keys", "apex-usage"));
        }
    }
}
