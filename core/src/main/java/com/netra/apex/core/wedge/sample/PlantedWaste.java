package com.netra.apex.core.wedge.sample;

/** The kinds of waste the sample logs plant, one per row at most; NONE is ordinary traffic. */
public enum PlantedWaste {
    /** Ordinary, varied traffic: every prompt unique. */
    NONE,
    /** The exact request of an earlier ordinary call sent again (same model, messages and parameters). */
    EXACT_DUPLICATE,
    /** A templated prompt that differs from the rest of its family by a few words. */
    NEAR_DUPLICATE,
    /**
     * A short closed-form question (lookup, arithmetic, yes/no, comparison) sent to a flagship model and
     * answered in a few tokens. Not the only routable traffic: closed-form near-duplicates on flagships count too.
     */
    EASY_ON_FLAGSHIP,
    /** A prompt padded with pretty-printed JSON in a ```json block and a context paragraph repeated several times. */
    BLOATED_PROMPT,
    /**
     * A support-bot conversation of one to three turns, each resending a long system prompt and tools without a
     * single cached token; turns follow each other within two minutes, conversations hours apart.
     */
    UNCACHED_SYSTEM_PROMPT,
    /** A model the shipped price table does not know (fine-tuned or self-hosted). */
    UNPRICED_MODEL
}
