package com.netra.apex.optimize.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Reads the gateway's JSON secret from AWS Secrets Manager once, at start (before the SnapStart snapshot). */
public final class SecretsManagerSource {

    private SecretsManagerSource() {
    }

    public static SecretValues read(String secretId) {
        try (SecretsManagerClient client = SecretsManagerClient.builder()
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            String json = client.getSecretValue(r -> r.secretId(secretId)).secretString();
            Map<String, String> values = new LinkedHashMap<>();
            JsonNode root = new ObjectMapper().readTree(json);
            root.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            return new SecretValues(values);
        } catch (IOException e) {
            throw new UncheckedIOException("Secret " + secretId + " is not a JSON object", e);
        }
    }
}
