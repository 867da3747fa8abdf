package com.netra.apex.optimize.config;

import com.netra.apex.core.providers.Provider;
import com.netra.apex.core.providers.ProviderKind;
import io.micronaut.core.value.PropertyResolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the upstream providers from configuration: {@code apex.providers.<name>.*}, where the
 * shipped application.yml maps OPENAI_*, ANTHROPIC_* and AZURE_OPENAI_* environment variables.
 */
final class ProviderSettings {

    private ProviderSettings() {
    }

    static List<Provider> read(PropertyResolver config, SecretValues secrets) {
        List<Provider> providers = new ArrayList<>();
        for (String name : config.getPropertyEntries("apex.providers")) {
            String prefix = "apex.providers." + name + ".";
            String baseUrl = config.get(prefix + "base-url", String.class).orElse("");
            if (baseUrl.isBlank()) {
                continue; // e.g. Azure without an endpoint: not configured
            }
            ProviderKind kind = ProviderKind.valueOf(config.get(prefix + "kind", String.class)
                    .orElse(defaultKind(name)).toUpperCase().replace('-', '_'));
            String apiKey = config.get(prefix + "api-key", String.class).filter(s -> !s.isBlank())
                    .orElseGet(() -> secrets.get(secretName(name, kind)));
            providers.add(new Provider(name, kind, baseUrl, apiKey,
                    config.get(prefix + "api-version", String.class).orElse(null),
                    deployments(config.get(prefix + "deployments", String.class).orElse("")),
                    config.get(prefix + "connect-timeout", Duration.class).orElse(Duration.ofSeconds(5)),
                    config.get(prefix + "read-timeout", Duration.class).orElse(Duration.ofSeconds(120)),
                    config.get(prefix + "max-retries", Integer.class).orElse(2)));
        }
        return providers;
    }

    /**
     * Aliases: {@code apex.aliases: ["fast=gpt-4o-mini", "smart=anthropic/claude-sonnet-4-5"]}. A list of
     * strings, because model names contain dots, which configuration keys cannot.
     */
    static Map<String, String> aliases(PropertyResolver config) {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String entry : config.get("apex.aliases", String[].class).orElse(new String[0])) {
            String[] kv = entry.split("=", 2);
            if (kv.length == 2 && !kv[0].isBlank() && !kv[1].isBlank()) {
                aliases.put(kv[0].trim(), kv[1].trim());
            }
        }
        return aliases;
    }

    /** Fallback chains: {@code apex.fallbacks: ["gpt-4o>claude-sonnet-4-5>gpt-4o-mini"]}, tried left to right. */
    static Map<String, List<String>> fallbacks(PropertyResolver config) {
        Map<String, List<String>> fallbacks = new LinkedHashMap<>();
        for (String chain : config.get("apex.fallbacks", String[].class).orElse(new String[0])) {
            List<String> models = List.of(chain.trim().split("\\s*>\\s*"));
            if (models.size() > 1) {
                fallbacks.put(models.get(0), models.subList(1, models.size()));
            }
        }
        return fallbacks;
    }

    /** The field holding this provider's key in the gateway secret, e.g. OPENAI_API_KEY, AZURE_OPENAI_API_KEY. */
    private static String secretName(String name, ProviderKind kind) {
        return kind == ProviderKind.AZURE_OPENAI ? "AZURE_OPENAI_API_KEY" : name.toUpperCase().replace('-', '_') + "_API_KEY";
    }

    private static String defaultKind(String name) {
        return switch (name) {
            case "openai" -> "openai";
            case "anthropic" -> "anthropic";
            case "azure" -> "azure_openai";
            default -> "openai_compatible";
        };
    }

    /** "gpt-4o=prod-gpt4o,gpt-4o-mini=mini" to a map of model to Azure deployment. */
    private static Map<String, String> deployments(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            String[] kv = pair.trim().split("=", 2);
            if (kv.length == 2 && !kv[0].isBlank()) {
                out.put(kv[0].trim(), kv[1].trim());
            }
        }
        return out;
    }
}
