package com.netra.apex.core.wedge.sample;

import java.util.List;

/**
 * One generated LLM call, everything but its time and id: an exact duplicate is the same call sent again.
 *
 * @param system          the system prompt, or null
 * @param tools           whether the request carries the support bot's tool definitions
 * @param promptTokens    every input token, as the provider would report it (no cache hits in these logs)
 * @param removableTokens for a bloated prompt, the o200k tokens lossless compression removes from it; else 0
 * @param closedForm      the task asks for one checkable answer (arithmetic, comparison, yes/no, lookup,
 *                        fixed labels, field extraction): easy by {@code EasyRequests} on a flagship
 * @param followUp        a later turn of the same conversation, sent moments after the previous call
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
        long removableTokens,
        long prefixTokens,
        long outputTokens,
        String answer,
        boolean closedForm,
        boolean followUp) {

    boolean anthropic() {
        return "anthropic".equals(provider);
    }

    /** The same request planted as another kind of waste (an exact duplicate of it). */
    SampleCall withWaste(PlantedWaste kind, int newFamily) {
        return new SampleCall(kind, newFamily, keyId, user, tags, provider, model, system, systemVariant, tools, userText,
                temperature, maxTokens, promptTokens, removableTokens, prefixTokens, outputTokens, answer, closedForm, false);
    }

    SampleCall withRemovableTokens(long tokens) {
        return new SampleCall(waste, family, keyId, user, tags, provider, model, system, systemVariant, tools, userText,
                temperature, maxTokens, promptTokens, tokens, prefixTokens, outputTokens, answer, closedForm, followUp);
    }

    /** A closed-form task, answered with {@code text} in {@code tokens} output tokens. */
    SampleCall closedForm(String text, long tokens) {
        return new SampleCall(waste, family, keyId, user, tags, provider, model, system, systemVariant, tools, userText,
                temperature, maxTokens, promptTokens, removableTokens, prefixTokens, tokens, text, true, followUp);
    }

    SampleCall asFollowUp() {
        return new SampleCall(waste, family, keyId, user, tags, provider, model, system, systemVariant, tools, userText,
                temperature, maxTokens, promptTokens, removableTokens, prefixTokens, outputTokens, answer, closedForm, true);
    }
}
