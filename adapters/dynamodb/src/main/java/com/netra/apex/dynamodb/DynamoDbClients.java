package com.netra.apex.dynamodb;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Builds DynamoDB clients on the small URL-connection HTTP client, for DynamoDB Local or for AWS. */
public final class DynamoDbClients {

    // DynamoDB Local accepts any credentials; these are placeholders, not a secret. Every local client
    // uses the same ones because DynamoDB Local (without -sharedDb) keeps one database per key and region.
    private static final AwsBasicCredentials LOCAL_ONLY = AwsBasicCredentials.create("local", "local");

    private DynamoDbClients() {
    }

    /** A client for DynamoDB Local (or any emulator) at {@code endpoint}, e.g. http://127.0.0.1:8000. */
    public static DynamoDbClient forEndpoint(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(LOCAL_ONLY))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** A client for AWS using the default region and credentials chains (Lambda's environment). */
    public static DynamoDbClient fromEnvironment() {
        // Naming the HTTP client skips the SDK's classpath scan for one, which costs cold-start time.
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
