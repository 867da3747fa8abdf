package com.netra.apex.local.cli;

import com.netra.apex.core.tenancy.ApiKeyRecord;
import com.netra.apex.core.tenancy.IssuedKey;
import java.util.Optional;
import java.util.Set;

/** `apex keys create|revoke|list`: tenant API keys, shown once at creation. */
final class KeysCommand {

    private KeysCommand() {
    }

    static void run(String[] args) {
        CliArgs cli = new CliArgs(args, Set.of("aws"));
        String action = cli.positional(0, "keys action: create, revoke or list");
        try (AdminSession session = AdminSession.open(cli)) {
            switch (action) {
                case "create" -> create(session, cli);
                case "revoke" -> revoke(session, cli.positional(1, "KEY_ID to revoke"));
                case "list" -> list(session, cli.required("tenant"));
                default -> throw new CliException("unknown keys action '" + action + "': use create, revoke or list");
            }
        }
    }

    private static void create(AdminSession session, CliArgs cli) {
        IssuedKey issued;
        try {
            issued = session.apiKeys().issue(cli.required("tenant"), cli.option("name", ""));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        System.out.println("Created key " + issued.record().keyId() + " for tenant " + issued.record().tenantId()
                + ". Store it now: it is shown only once.");
        System.out.println(issued.apiKey());
    }

    private static void revoke(AdminSession session, String keyId) {
        Optional<ApiKeyRecord> revoked = session.apiKeys().revoke(keyId);
        if (revoked.isEmpty()) {
            throw new CliException("no key with id '" + keyId + "'");
        }
        System.out.println("Revoked key " + keyId + " of tenant " + revoked.get().tenantId()
                + " (running gateways stop accepting it within their key cache TTL, 5 s by default)");
    }

    private static void list(AdminSession session, String tenant) {
        System.out.printf("%-14s %-20s %-26s %s%n", "KEY_ID", "NAME", "CREATED", "STATUS");
        for (ApiKeyRecord k : session.apiKeys().list(tenant)) {
            System.out.printf("%-14s %-20s %-26s %s%n", k.keyId(), k.name(), k.createdAt(),
                    k.active() ? "active" : "revoked " + k.revokedAt());
        }
    }
}
