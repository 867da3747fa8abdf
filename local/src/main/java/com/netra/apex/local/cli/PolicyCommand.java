package com.netra.apex.local.cli;

import com.netra.apex.core.optimize.OptimizationPolicy;
import com.netra.apex.core.optimize.PolicySettings;
import com.netra.apex.core.optimize.PolicyStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * `apex policy show|set|clear|settings`: a tenant's (or one API key's) optimization settings, which the
 * gateway merges over its defaults and under the request's x-apex-* headers.
 */
final class PolicyCommand {

    private PolicyCommand() {
    }

    static void run(String[] args) {
        CliArgs cli = new CliArgs(args, Set.of("aws"));
        String action = cli.positional(0, "policy action: show, set, clear or settings");
        if (action.equals("settings")) {
            PolicySettings.KNOWN.forEach((name, meaning) -> System.out.printf("  %-28s %s%n", name, meaning));
            return;
        }
        String tenant = cli.required("tenant");
        String scope = cli.has("key") ? PolicyStore.keyScope(cli.option("key", "")) : PolicyStore.TENANT_SCOPE;
        try (AdminSession session = AdminSession.open(cli)) {
            PolicyStore store = session.policies();
            switch (action) {
                case "show" -> show(store, tenant, cli.has("key") ? cli.option("key", "") : null);
                case "set" -> set(store, tenant, scope, cli.positionals().subList(1, cli.positionals().size()));
                case "clear" -> {
                    store.put(tenant, scope, Map.of());
                    System.out.println("Cleared the " + describe(scope) + " settings of tenant " + tenant + ".");
                }
                default -> throw new CliException("unknown policy action '" + action + "'");
            }
        }
    }

    private static void set(PolicyStore store, String tenant, String scope, List<String> assignments) {
        if (assignments.isEmpty()) {
            throw new CliException("policy set needs name=value pairs, e.g. cache.semantic=on holdout=0.05 (see `apex policy settings`)");
        }
        Map<String, String> settings = new TreeMap<>(store.settings(tenant, scope));
        for (String a : assignments) {
            String[] kv = a.split("=", 2);
            if (kv.length != 2) {
                throw new CliException("'" + a + "' is not name=value");
            }
            if (kv[1].isEmpty()) {
                settings.remove(kv[0]); // name= removes a setting, falling back to the layer below
            } else {
                settings.put(kv[0], kv[1]);
            }
        }
        try {
            OptimizationPolicy.parse(settings); // reject a bad value now, not on the tenant's next request
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        store.put(tenant, scope, settings);
        System.out.println("Stored for tenant " + tenant + " (" + describe(scope) + "): " + settings);
        System.out.println("Running gateways apply it within their policy cache TTL (5 s by default).");
    }

    private static void show(PolicyStore store, String tenant, String keyId) {
        Map<String, String> tenantSettings = store.settings(tenant, PolicyStore.TENANT_SCOPE);
        System.out.println("tenant " + tenant + ": " + (tenantSettings.isEmpty() ? "(gateway defaults)" : tenantSettings));
        Map<String, String> merged = new TreeMap<>(tenantSettings);
        if (keyId != null) {
            Map<String, String> keySettings = store.settings(tenant, PolicyStore.keyScope(keyId));
            System.out.println("key " + keyId + ": " + (keySettings.isEmpty() ? "(tenant settings)" : keySettings));
            merged.putAll(keySettings);
        }
        System.out.println("effective over the built-in defaults: " + OptimizationPolicy.parse(merged));
    }

    private static String describe(String scope) {
        return scope.equals(PolicyStore.TENANT_SCOPE) ? "whole tenant" : scope.replace("key#", "API key ");
    }
}
