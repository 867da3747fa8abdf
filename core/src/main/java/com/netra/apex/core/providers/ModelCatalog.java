package com.netra.apex.core.providers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses the provider for a model name: an alias first, then an explicit {@code provider/model},
 * then the name's family ({@code gpt-*}, {@code o1..o9*}, {@code text-embedding-*} to OpenAI,
 * {@code claude-*} to Anthropic).
 */
public final class ModelCatalog {

    private static final Pattern OPENAI_REASONING = Pattern.compile("o[1-9].*");

    private final Map<String, Provider> providers = new LinkedHashMap<>();
    private final Map<String, String> aliases;
    private final Map<String, List<String>> fallbacks;

    public ModelCatalog(List<Provider> providers, Map<String, String> aliases, Map<String, List<String>> fallbacks) {
        providers.forEach(p -> this.providers.put(p.name(), p));
        this.aliases = Map.copyOf(aliases);
        this.fallbacks = Map.copyOf(fallbacks);
    }

    public Optional<Route> resolve(String model) {
        if (model == null || model.isBlank()) {
            return Optional.empty();
        }
        String target = aliases.getOrDefault(model, model);
        int slash = target.indexOf('/');
        if (slash > 0 && providers.containsKey(target.substring(0, slash))) {
            return Optional.of(new Route(providers.get(target.substring(0, slash)), target.substring(slash + 1)));
        }
        return familyOf(target).map(providers::get).map(p -> new Route(p, target));
    }

    /** The models to try, in order, when the first choice fails: the model itself, then its fallbacks. */
    public List<String> withFallbacks(String model) {
        List<String> chain = new ArrayList<>();
        chain.add(model);
        chain.addAll(fallbacks.getOrDefault(model, List.of()));
        return chain;
    }

    public List<Provider> providers() {
        return List.copyOf(providers.values());
    }

    public Map<String, String> aliases() {
        return aliases;
    }

    /** A sentence telling a caller how to make an unknown model work. */
    public String howToConfigure(String model) {
        return "Unknown model '" + model + "'. Use a model name Apex recognises (gpt-*, o*, claude-*), "
                + "an explicit provider/model with one of the configured providers " + providers.keySet()
                + ", or add an alias under apex.aliases in the gateway configuration.";
    }

    private Optional<String> familyOf(String model) {
        if (model.startsWith("claude-")) {
            return firstOfKind(ProviderKind.ANTHROPIC);
        }
        if (model.startsWith("gpt-") || model.startsWith("chatgpt-") || model.startsWith("text-embedding-")
                || model.startsWith("omni-") || OPENAI_REASONING.matcher(model).matches()) {
            return providers.containsKey("openai") ? Optional.of("openai") : firstOfKind(ProviderKind.OPENAI);
        }
        return Optional.empty();
    }

    private Optional<String> firstOfKind(ProviderKind kind) {
        return providers.values().stream().filter(p -> p.kind() == kind).map(Provider::name).findFirst();
    }
}
