package com.netra.apex.core.cache;

/**
 * What a semantic lookup matches on: {@code scope} fixes everything that must be identical (model,
 * parameters, tools, system prompt and every earlier turn of the conversation); {@code text} is the
 * caller's last message, the only part allowed to be a paraphrase.
 */
public record SemanticQuery(String scope, String text) {
}
