package com.netra.apex.core.promptcache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.hashing.Sha256;
import java.util.Optional;

/**
 * Makes providers' own prompt caches work for the caller without changing what is asked:
 * <ul>
 * <li>OpenAI caches long prefixes automatically; a stable {@code prompt_cache_key} per tenant and prefix
 *     keeps requests that share a prefix on the same cache. Set only when the caller did not.</li>
 * <li>Anthropic caches only up to an explicit {@code cache_control} breakpoint, and a cache write costs
 *     25% more than plain input while a read costs 90% less. One breakpoint is added at the end of the
 *     stable prefix (tools, then system) only when the caller set none, the prefix is long enough to be
 *     cached, and this tenant sent the same prefix within the cache's lifetime: a prefix seen once is
 *     likely to be seen again, so the expected reads outweigh the write premium.</li>
 * </ul>
 * Never touches a request that already carries {@code cache_control}: the caller's breakpoints stand.
 */
public final class PromptCachePlanner {

    /** OpenAI caches prompts from 1,024 tokens; about 4 characters per token, judged without tokenizing. */
    private static final int OPENAI_MIN_PREFIX_CHARS = 1024 * 4;

    private final PrefixSightings sightings;

    public PromptCachePlanner(PrefixSightings sightings) {
        this.sightings = sightings;
    }

    /** The {@code prompt_cache_key} to set on an OpenAI chat request, or empty when the caller set one or the prefix is short. */
    public Optional<String> openAiCacheKey(ObjectNode request, String tenantId) {
        if (request.has("prompt_cache_key")) {
            return Optional.empty();
        }
        StringBuilder prefix = new StringBuilder();
        if (request.has("tools")) {
            prefix.append(request.get("tools").toString());
        }
        for (JsonNode m : request.path("messages")) {
            String role = m.path("role").asText();
            if (!role.equals("system") && !role.equals("developer")) {
                break;
            }
            prefix.append(m.path("content").toString());
        }
        if (prefix.length() < OPENAI_MIN_PREFIX_CHARS) {
            return Optional.empty();
        }
        return Optional.of("apex-" + Sha256.hex(tenantId + "\n" + prefix).substring(0, 32));
    }

    /** Adds one Anthropic {@code cache_control} breakpoint when expected reuse beats the write premium; true if it did. */
    public boolean applyAnthropic(ObjectNode request, String tenantId, String model) {
        return breakpointPays(request, tenantId, model) && markEndOfPrefix(request);
    }

    /**
     * Whether an Anthropic request should get a breakpoint, without changing it (the caller copies it only
     * then): no breakpoint of the caller's, a cacheable prefix, and one this tenant sent recently. Records the
     * sighting of the prefix.
     */
    public boolean breakpointPays(ObjectNode request, String tenantId, String model) {
        if (request.toString().contains("\"cache_control\"")) {
            return false;
        }
        String prefix = request.path("tools").toString() + "\n" + request.path("system").toString();
        return prefix.length() >= minPrefixTokens(model) * 4 && sightings.seenRecently(tenantId, Sha256.hex(prefix));
    }

    /** Anthropic's minimum cacheable prompt: 2,048 tokens for Haiku models, 1,024 for the others. */
    static int minPrefixTokens(String model) {
        return model != null && model.contains("haiku") ? 2048 : 1024;
    }

    /** Puts the breakpoint at the end of the stable prefix (the last system block, else the last tool); true if it could. */
    public static boolean markEndOfPrefix(ObjectNode request) {
        JsonNode system = request.get("system");
        if (system != null && system.isTextual() && !system.asText().isEmpty()) {
            ArrayNode blocks = request.putArray("system");
            ObjectNode block = blocks.addObject().put("type", "text").put("text", system.asText());
            block.putObject("cache_control").put("type", "ephemeral");
            return true;
        }
        if (system != null && system.isArray() && !system.isEmpty() && system.get(system.size() - 1).isObject()) {
            ((ObjectNode) system.get(system.size() - 1)).putObject("cache_control").put("type", "ephemeral");
            return true;
        }
        JsonNode tools = request.get("tools");
        if (tools != null && tools.isArray() && !tools.isEmpty() && tools.get(tools.size() - 1).isObject()) {
            ((ObjectNode) tools.get(tools.size() - 1)).putObject("cache_control").put("type", "ephemeral");
            return true;
        }
        return false;
    }
}
