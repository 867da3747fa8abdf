package com.netra.apex.core.wedge.sample;

/** The kinds of waste the sample logs plant, one per row at most; NONE is ordinary traffic. */
public enum PlantedWaste {
    /** Ordinary, varied traffic: every prompt unique. */
    NONE,
    /** The exact request of an earlier ordinary call sent again (same model, messages and parameters). */
    EXACT_DUPLICATE,
    /** A templated prompt that differs from the rest of its family by a few words. */
    NEAR_DUPLICATE,
    /** A short factual question sent to a flagship model. */
    EASY_ON_FLAGSHIP,
    /** A prompt padded with pretty-printed JSON and a context paragraph repeated several times. */
    BLOATED_PROMPT,
    /** A long system prompt (and tools) sent again and again without a single cached token. */
    UNCACHED_SYSTEM_PROMPT,
    /** A model the shipped price table does not know (fine-tuned or self-hosted). */
    UNPRICED_MODEL
}
