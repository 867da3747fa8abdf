package com.netra.apex.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Talks raw DynamoDB JSON over HTTP so the test needs nothing beyond the JDK and DynamoDB Local. */
class DynamoDbLocalServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    // DynamoDB Local wants a SigV4-shaped header but never checks the signature.
    private static final String AUTH = "AWS4-HMAC-SHA256 Credential=local/20250101/us-east-1/dynamodb/aws4_request, "
            + "SignedHeaders=host, Signature=0";
    private static final String CREATE_TABLE = "{\"TableName\":\"things\",\"BillingMode\":\"PAY_PER_REQUEST\","
            + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
            + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}";

    @TempDir
    Path dataDir;

    private static String call(URI endpoint, String operation, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void servesOnAFreeLoopbackPortAndKeepsDataAcrossRestarts() throws Exception {
        try (DynamoDbLocalServer server = DynamoDbLocalServer.start(dataDir, 0)) {
            assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(server.endpoint().getPort()).isPositive();
            call(server.endpoint(), "CreateTable", CREATE_TABLE);
        }
        try (DynamoDbLocalServer again = DynamoDbLocalServer.start(dataDir, 0)) {
            assertThat(call(again.endpoint(), "ListTables", "{}")).contains("\"things\"");
        }
    }

    @Test
    void aTakenPortIsReportedNotIgnored() {
        try (DynamoDbLocalServer first = DynamoDbLocalServer.start(dataDir.resolve("a"), 0)) {
            int taken = first.endpoint().getPort();
            assertThatThrownBy(() -> DynamoDbLocalServer.start(dataDir.resolve("b"), taken))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(String.valueOf(taken));
        }
    }

    @Test
    void aSecondServerOnTheSameDataIsRefusedUntilTheFirstCloses() {
        try (DynamoDbLocalServer first = DynamoDbLocalServer.start(dataDir, 0)) {
            assertThatThrownBy(() -> DynamoDbLocalServer.start(dataDir, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
        }
        DynamoDbLocalServer.start(dataDir, 0).close();
    }
}
