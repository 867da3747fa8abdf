package com.netra.apex.core.wedge.analysis;

/** The kinds of waste the Wedge reports, each with the snake_case name used in JSON. */
public enum FindingKind {
    EXACT_DUPLICATES("exact_duplicates"),
    NEAR_DUPLICATES("near_duplicates"),
    ROUTABLE("routable"),
    PROMPT_BLOAT("prompt_bloat"),
    MISSED_PROMPT_CACHING("missed_prompt_caching"),
    BATCH_DISCOUNT("batch_discount"),
    UNPRICED_MODELS("unpriced_models");

    private final String wireName;

    FindingKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
