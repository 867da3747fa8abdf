package com.netra.apex.local.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** `apex tenants set-provider-key|remove-provider-key`: a tenant's own provider keys, sealed at rest. */
final class TenantsCommand {

    private TenantsCommand() {
    }

    static void run(String[] args) {
        CliArgs cli = new CliArgs(args, Set.of("aws"));
        String action = cli.positional(0, "tenants action: set-provider-key or remove-provider-key");
        String tenant = cli.required("tenant");
        String provider = cli.required("provider");
        try (AdminSession session = AdminSession.open(cli)) {
            switch (action) {
                case "set-provider-key" -> {
                    // Read from stdin by default so the key stays out of shell history and process lists.
                    String key = cli.has("key") && !cli.option("key", "-").equals("-") ? cli.option("key", "") : readLine();
                    try {
                        session.tenantProviderKeys().set(tenant, provider, key);
                    } catch (IllegalArgumentException e) {
                        throw new CliException(e.getMessage());
                    }
                    System.out.println("Tenant " + tenant + " now calls " + provider + " with its own key (stored encrypted).");
                }
                case "remove-provider-key" -> System.out.println(session.tenantProviderKeys().remove(tenant, provider)
                        ? "Tenant " + tenant + " uses the operator's " + provider + " key again."
                        : "Tenant " + tenant + " had no key of its own for " + provider + ".");
                default -> throw new CliException("unknown tenants action '" + action + "'");
            }
        }
    }

    private static String readLine() {
        try {
            System.err.print("Provider key (input is read from stdin): ");
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) {
                throw new CliException("no key given on stdin");
            }
            return line.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
