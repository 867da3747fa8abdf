package com.netra.apex.ingest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.netra.apex.analytics.aws.S3Emulator;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The early return to the queue over SQS's JSON protocol (WireMock as SQS): jittered delays, refusals tolerated. */
class RequeueSoonTest {

    private static final String TARGET = "AmazonSQS.ChangeMessageVisibility";
    private final WireMockServer sqs = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private SqsClient client;

    @BeforeEach
    void start() {
        sqs.start();
        client = SqsClient.builder().endpointOverride(URI.create(sqs.baseUrl())).region(Region.US_EAST_1)
                .credentialsProvider(S3Emulator.credentials()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        sqs.stop();
    }

    @Test
    void delaysStayWithinSixtyToOneHundredTwentySecondsAndSpreadOut() throws Exception {
        sqs.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.0").withBody("{}")));
        RequeueSoon requeue = new RequeueSoon(client, "https://sqs.us-east-1.amazonaws.com/000000000000/q");

        for (int i = 0; i < 20; i++) {
            assertThat(requeue.soon("handle-" + i)).isTrue();
        }

        Set<Integer> delays = new HashSet<>();
        for (var request : sqs.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET)))) {
            delays.add(new ObjectMapper().readTree(request.getBodyAsString()).path("VisibilityTimeout").asInt());
        }
        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(60, 120)).hasSizeGreaterThan(1);
    }

    @Test
    void aRefusalIsReportedNotThrown() {
        sqs.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.0")
                        .withBody("{\"__type\":\"com.amazonaws.sqs#ReceiptHandleIsInvalid\",\"message\":\"expired\"}")));

        assertThat(new RequeueSoon(client, "https://sqs.us-east-1.amazonaws.com/000000000000/q").soon("old")).isFalse();
    }
}
