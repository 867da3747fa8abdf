package com.netra.apex.core.optimize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimization settings as name=value text, the one form shared by the gateway's defaults, a
 * tenant's and an API key's stored settings, request headers and the CLI. Later layers win.
 */
public final class PolicySettings {

    /** Every setting a tenant may change, with what it means. */
    public static final Map<String, String> KNOWN = knownSettings();

    private PolicySettings() {
    }

    private static Map<String, String> knownSettings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cache.exact", "on|off: serve identical requests from the exact cache");
        m.put("cache.semantic", "on|off: serve paraphrased requests from the semantic cache");
        m.put("cache.ttl_seconds", "how long cached answers are served");
        m.put("cache.semantic_threshold", "cosine similarity a semantic hit needs (0.80-1.00)");
        m.put("cache.max_temperature", "requests sampled hotter than this are never cached (absent = 1.0)");
        m.put("compression", "off|lossless|lossy");
        m.put("compression.history_window", "messages kept by lossy compression besides system messages");
        m.put("prompt_cache", "on|off: set OpenAI prompt_cache_key and add Anthropic cache_control where reuse pays");
        m.put("routing", "on|off: apply the routing rules and the learned router");
        m.put("routing.strong", "comma-separated models the learned router may downgrade");
        m.put("routing.weak", "the cheaper model easy prompts go to");
        m.put("routing.threshold", "the router's strong-probability threshold (0-1); lower keeps more traffic on the strong model");
        m.put("routing.rules", "explicit rules 'tag:T>model;key:K>model;model:M>model', first match wins");
        m.put("routing.max_input_cost_usd", "requests whose input would cost more than this at the requested model go to routing.weak");
        m.put("holdout", "fraction of requests (0-1) left unoptimized to measure the saving");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Layers merged in order; a later layer's value replaces an earlier one's. */
    public static Map<String, String> merge(List<Map<String, String>> layers) {
        Map<String, String> merged = new LinkedHashMap<>();
        layers.forEach(merged::putAll);
        return merged;
    }

    /** Rejects names that are not settings, so a typo is an error rather than a silent no-op. */
    public static void requireKnown(Map<String, String> settings) {
        for (String name : settings.keySet()) {
            if (!KNOWN.containsKey(name)) {
                throw new IllegalArgumentException("unknown optimization setting '" + name + "'; known: "
                        + String.join(", ", KNOWN.keySet()));
            }
        }
    }
}
