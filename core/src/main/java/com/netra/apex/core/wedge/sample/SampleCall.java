package com.netra.apex.core.wedge.sample;

import java.util.List;

/**
 * One generated LLM call, everything but its time and id: an exact duplicate is the same call sent again.
 *
 * @param system        the system prompt, or null
 * @param tools         whether the request carries the support bot's tool definitions
 * @param promptTokens  every input token, as the provider would report it (no cache hits in these logs)
 * @param compactTokens for a bloated prompt, the tokens it would need without the padding; else promptTokens
 */
record SampleCall(
        PlantedWaste waste,
        int family,
        String keyId,
        String user,
        List<String> tags,
        String provider,
        String model,
        String system,
        int systemVariant,
        boolean tools,
        String userText,
        Double temperature,
        int maxTokens,
        long promptTokens,
        long compactTokens,
        long prefixTokens,
        long outputTokens,
        String answer) {

    boolean anthropic() {
        return "anthropic".equals(provider);
    }
}
