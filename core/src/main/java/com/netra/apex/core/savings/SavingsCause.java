package com.netra.apex.core.savings;

/** Why a request cost less than its baseline; each cause is counted separately on the usage record. */
public enum SavingsCause {
    EXACT_CACHE("exact_cache"),
    SEMANTIC_CACHE("semantic_cache"),
    ROUTING("routing"),
    COMPRESSION("compression"),
    PROVIDER_CACHE("provider_cache");

    private final String wireName;

    SavingsCause(String wireName) {
        this.wireName = wireName;
    }

    /** The snake_case name used in JSON, the usage API and the CLI. */
    public String wireName() {
        return wireName;
    }

    public static SavingsCause fromWireName(String name) {
        for (SavingsCause c : values()) {
            if (c.wireName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown savings cause '" + name + "'");
    }
}
