package com.netra.apex.local.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.netra.apex.core.metering.UsageRecorder;
import com.netra.apex.core.tenancy.ApiKeys;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.core.usage.UsageStore;
import com.netra.apex.local.LocalPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform as a user meets it: the real gateway on DynamoDB Local, with WireMock standing in for
 * OpenAI and Anthropic over real HTTP. One per test class; each test uses its own tenant.
 */
final class GatewayFixture implements AutoCloseable {

    final WireMockServer provider;
    final LocalPlatform platform;
    final Path dataDir;

    private GatewayFixture(WireMockServer provider, LocalPlatform platform, Path dataDir) {
        this.provider = provider;
        this.platform = platform;
        this.dataDir = dataDir;
    }

    static GatewayFixture start() {
        return start(Map.of());
    }

    static GatewayFixture start(Map<String, Object> extra) {
        return start(base -> extra);
    }

    /** @param extra configuration that may refer to the mock provider's base URL (http://127.0.0.1:PORT) */
    static GatewayFixture start(java.util.function.Function<String, Map<String, Object>> extra) {
        WireMockServer provider = new WireMockServer(WireMockConfiguration.options().dynamicPort().asynchronousResponseEnabled(true));
        provider.start();
        try {
            Path dataDir = Files.createTempDirectory("apex-it");
            String base = "http://127.0.0.1:" + provider.port();
            Map<String, Object> props = new HashMap<>();
            props.put("apex.providers.openai.base-url", base + "/v1");
            props.put("apex.providers.openai.api-key", "test-openai-key");
            props.put("apex.providers.openai.read-timeout", "3s");
            props.put("apex.providers.anthropic.base-url", base);
            props.put("apex.providers.anthropic.api-key", "test-anthropic-key");
            props.put("apex.providers.anthropic.read-timeout", "3s");
            props.put("apex.keys.cache-ttl", "0s");
            props.putAll(extra.apply(base));
            return new GatewayFixture(provider, LocalPlatform.start(dataDir, 0, props), dataDir);
        } catch (IOException e) {
            provider.stop();
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + platform.url().getPort();
    }

    String newKey(String tenant) {
        return platform.bean(ApiKeys.class).issue(tenant, "test").apiKey();
    }

    /** Every usage record of a tenant, once the recorder has stored everything accepted so far. */
    List<UsageRecord> records(String tenant) {
        platform.bean(UsageRecorder.class).flush();
        Instant now = Instant.now();
        return platform.bean(UsageStore.class).query(tenant, now.minus(Duration.ofDays(1)), now.plusSeconds(5));
    }

    /** Waits for a record that is written asynchronously (e.g. after a client disconnects). */
    List<UsageRecord> awaitRecords(String tenant, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<UsageRecord> records = records(tenant);
        while (records.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            records = records(tenant);
        }
        return records;
    }

    @Override
    public void close() {
        platform.close();
        provider.stop();
        deleteRecursively(dataDir);
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory is harmless.
        }
    }
}
