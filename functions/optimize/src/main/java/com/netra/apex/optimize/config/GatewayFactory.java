package com.netra.apex.optimize.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.metering.DirectRecorder;
import com.netra.apex.core.metering.GroupCommitRecorder;
import com.netra.apex.core.metering.UsageJournal;
import com.netra.apex.core.metering.UsageRecorder;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.providers.ModelCatalog;
import com.netra.apex.core.resilience.Backoff;
import com.netra.apex.core.tenancy.ApiKeyStore;
import com.netra.apex.core.tenancy.ApiKeys;
import com.netra.apex.core.tenancy.CredentialSealer;
import com.netra.apex.core.tenancy.TenantProviderKeys;
import com.netra.apex.core.tenancy.KeyHasher;
import com.netra.apex.core.usage.UsageStore;
import com.netra.apex.dynamodb.ApexTables;
import com.netra.apex.dynamodb.DynamoDbApiKeyStore;
import com.netra.apex.dynamodb.DynamoDbClients;
import com.netra.apex.dynamodb.DynamoDbTenantCredentialStore;
import com.netra.apex.dynamodb.DynamoDbUsageStore;
import com.netra.apex.optimize.upstream.ResilientUpstream;
import com.netra.apex.optimize.upstream.UpstreamClient;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.value.PropertyResolver;
import io.micronaut.http.netty.channel.EventLoopGroupRegistry;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Compile-time wiring of the domain objects the gateway uses, from configuration. */
@Factory
public class GatewayFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    @Named("apex")
    ObjectMapper apexJson() {
        return new ObjectMapper();
    }

    @Singleton
    SecretValues secrets(@Value("${apex.secret-id:}") String secretId) {
        return secretId.isBlank() ? SecretValues.none() : SecretsManagerSource.read(secretId);
    }

    @Singleton
    PriceTable prices(@Value("${apex.prices-file:}") String overrides) {
        return PriceTableLoader.load(overrides.isBlank() ? null : Path.of(overrides));
    }

    @Singleton
    ModelCatalog catalog(PropertyResolver config, SecretValues secrets) {
        return new ModelCatalog(ProviderSettings.read(config, secrets), ProviderSettings.aliases(config),
                ProviderSettings.fallbacks(config));
    }

    @Singleton
    @Bean(preDestroy = "close")
    DynamoDbClient dynamoDb(@Value("${apex.dynamodb.endpoint:}") String endpoint,
                            @Value("${apex.dynamodb.create-tables:false}") boolean createTables, ApexTables tables) {
        DynamoDbClient client = endpoint.isBlank() ? DynamoDbClients.fromEnvironment() : DynamoDbClients.forEndpoint(URI.create(endpoint));
        if (createTables) {
            tables.createIfMissing(client);
        }
        return client;
    }

    @Singleton
    ApexTables tables(@Value("${apex.dynamodb.keys-table:apex-api-keys}") String keys,
                      @Value("${apex.dynamodb.usage-table:apex-usage}") String usage,
                      @Value("${apex.dynamodb.tenant-credentials-table:apex-tenant-credentials}") String credentials) {
        return new ApexTables(keys, usage, credentials);
    }

    @Singleton
    TenantProviderKeys tenantProviderKeys(DynamoDbClient client, ApexTables tables, RootSecret root,
                                          @Value("${apex.keys.cache-ttl:5s}") Duration cacheTtl) {
        return new TenantProviderKeys(new DynamoDbTenantCredentialStore(client, tables.tenantCredentials()),
                CredentialSealer.fromRootSecret(root.bytes()), cacheTtl);
    }

    /** The operator's root secret: hashes API key secrets and, derived, seals tenants' provider keys. */
    @Singleton
    RootSecret rootSecret(SecretValues secrets, @Nullable @Value("${apex.keys.hashing-secret:}") String configured) {
        String secret = configured != null && !configured.isBlank() ? configured : secrets.get("keyHashingSecret");
        if (secret == null) {
            throw new IllegalStateException("No key hashing secret: set APEX_KEYS_HASHING_SECRET (32+ characters) "
                    + "or keyHashingSecret in the secret named by APEX_SECRET_ID.");
        }
        return new RootSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Singleton
    ApiKeyStore keyStore(DynamoDbClient client, ApexTables tables) {
        return new DynamoDbApiKeyStore(client, tables.apiKeys());
    }

    @Singleton
    UsageStore usageStore(DynamoDbClient client, ApexTables tables) {
        return new DynamoDbUsageStore(client, tables.usage());
    }

    @Singleton
    ApiKeys apiKeys(ApiKeyStore store, RootSecret root, Clock clock, @Value("${apex.keys.cache-ttl:5s}") Duration cacheTtl) {
        return new ApiKeys(store, new KeyHasher(root.bytes()), clock, cacheTtl);
    }

    /** Group commit off the hot path locally; on Lambda ("direct") each record is stored before the response ends. */
    @Singleton
    @Bean(preDestroy = "close")
    UsageRecorder usageRecorder(UsageStore store, @Value("${apex.meter.mode:group}") String mode,
                                @Value("${apex.meter.journal:.apex-data/usage.journal}") String journal,
                                @Value("${apex.meter.max-delay:20ms}") Duration maxDelay) {
        if (mode.equals("direct")) {
            return new DirectRecorder(store, Executors.newCachedThreadPool());
        }
        GroupCommitRecorder.Settings defaults = GroupCommitRecorder.Settings.defaults();
        return new GroupCommitRecorder(store, new UsageJournal(Path.of(journal)),
                new GroupCommitRecorder.Settings(defaults.queueCapacity(), maxDelay, defaults.chunkSize(), defaults.parallelStores()));
    }

    @Singleton
    UpstreamClient upstreamClient(EventLoopGroupRegistry loops, @Value("${apex.upstream.connect-timeout:5s}") Duration connectTimeout) {
        // The server's own event loops: a proxied call stays on the thread its request arrived on.
        return new UpstreamClient(loops.getDefaultEventLoopGroup(), connectTimeout);
    }

    @Singleton
    ResilientUpstream resilientUpstream(@Value("${apex.upstream.breaker-failures:5}") int failures,
                                        @Value("${apex.upstream.breaker-open-for:30s}") Duration openFor) {
        return new ResilientUpstream(Backoff.defaults(), failures, openFor);
    }
}
