package com.netra.apex.local.cli;

import com.netra.apex.core.optimize.PolicyStore;
import com.netra.apex.core.tenancy.ApiKeys;
import com.netra.apex.core.tenancy.CredentialSealer;
import com.netra.apex.core.tenancy.KeyHasher;
import com.netra.apex.core.tenancy.TenantProviderKeys;
import com.netra.apex.core.usage.UsageStore;
import com.netra.apex.dynamodb.ApexTables;
import com.netra.apex.dynamodb.DynamoDbApiKeyStore;
import com.netra.apex.dynamodb.DynamoDbClients;
import com.netra.apex.dynamodb.DynamoDbPolicyStore;
import com.netra.apex.dynamodb.DynamoDbTenantCredentialStore;
import com.netra.apex.dynamodb.DynamoDbUsageStore;
import com.netra.apex.dynamodb.OptimizationTables;
import com.netra.apex.local.DynamoDbLocalServer;
import com.netra.apex.local.LocalSecrets;
import com.netra.apex.local.PlatformState;
import com.netra.apex.optimize.config.SecretsManagerSource;
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
    private final ApexTables tables;
    private final OptimizationTables optimizationTables;
    private final String keyHashingSecret;

    private AdminSession(DynamoDbLocalServer ownServer, DynamoDbClient client, ApexTables tables,
                         OptimizationTables optimizationTables, String keyHashingSecret) {
        this.ownServer = ownServer;
        this.client = client;
        this.tables = tables;
        this.optimizationTables = optimizationTables;
        this.keyHashingSecret = keyHashingSecret;
    }

    /** The session a command asked for: `--aws` for a deployed stack, else the local data directory. */
    public static AdminSession open(CliArgs cli) {
        return cli.has("aws") ? openAws(cli) : open(cli.dataDir());
    }

    /**
     * A deployed stack: the default AWS credentials chain and region, the stack's table names
     * (--keys-table/--usage-table or APEX_KEYS_TABLE/APEX_USAGE_TABLE) and its secret (--secret-id or APEX_SECRET_ID).
     */
    static AdminSession openAws(CliArgs cli) {
        String secretId = cli.option("secret-id", envOr("APEX_SECRET_ID", "apex/gateway"));
        String secret = SecretsManagerSource.read(secretId).get("keyHashingSecret");
        if (secret == null) {
            throw new CliException("secret " + secretId + " has no keyHashingSecret");
        }
        ApexTables tables = new ApexTables(cli.option("keys-table", envOr("APEX_KEYS_TABLE", null)),
                cli.option("usage-table", envOr("APEX_USAGE_TABLE", null)),
                cli.option("credentials-table", envOr("APEX_TENANT_CREDENTIALS_TABLE", null)));
        OptimizationTables defaults = OptimizationTables.defaults();
        OptimizationTables optimization = new OptimizationTables(defaults.answers(), defaults.semanticIndex(),
                cli.option("policies-table", envOr("APEX_POLICIES_TABLE", defaults.policies())));
        return new AdminSession(null, DynamoDbClients.fromEnvironment(), tables, optimization, secret);
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    public static AdminSession open(Path dataDir) {
        Optional<PlatformState> running = PlatformState.ifRunning(dataDir);
        DynamoDbLocalServer server = running.isPresent() ? null : DynamoDbLocalServer.start(dataDir.resolve("dynamodb"), 0);
        DynamoDbClient client = DynamoDbClients.forEndpoint(running.map(PlatformState::dynamoDbEndpoint).orElseGet(() -> server.endpoint()));
        AdminSession session = new AdminSession(server, client, ApexTables.defaults(), OptimizationTables.defaults(),
                LocalSecrets.loadOrCreate(dataDir).keyHashingSecret());
        session.tables.createIfMissing(client);
        session.optimizationTables.createIfMissing(client);
        return session;
    }

    public ApiKeys apiKeys() {
        KeyHasher hasher = new KeyHasher(keyHashingSecret.getBytes(StandardCharsets.UTF_8));
        return new ApiKeys(new DynamoDbApiKeyStore(client, tables.apiKeys()), hasher, Clock.systemUTC(), Duration.ZERO);
    }

    public TenantProviderKeys tenantProviderKeys() {
        return new TenantProviderKeys(new DynamoDbTenantCredentialStore(client, tables.tenantCredentials()),
                CredentialSealer.fromRootSecret(keyHashingSecret.getBytes(StandardCharsets.UTF_8)), Duration.ZERO);
    }

    public PolicyStore policies() {
        return new DynamoDbPolicyStore(client, optimizationTables.policies());
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
