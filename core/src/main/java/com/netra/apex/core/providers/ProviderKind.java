package com.netra.apex.core.providers;

/** The wire protocol a provider speaks. */
public enum ProviderKind {
    OPENAI,
    ANTHROPIC,
    AZURE_OPENAI,
    /** Any server speaking OpenAI's API at its own base URL: vLLM, Ollama, Together, Groq, ... */
    OPENAI_COMPATIBLE;

    /** True when the provider takes OpenAI chat-completions requests as they are. */
    public boolean speaksOpenAi() {
        return this != ANTHROPIC;
    }
}
