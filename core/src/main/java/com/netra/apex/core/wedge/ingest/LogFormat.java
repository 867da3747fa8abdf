package com.netra.apex.core.wedge.ingest;

/** The log formats the Wedge reads; {@link FormatDetector} documents each one's fields. */
public enum LogFormat {
    APEX_USAGE("apex_usage"),
    OPENAI_JSONL("openai_jsonl"),
    OPENAI_USAGE_EXPORT("openai_usage_export"),
    ANTHROPIC_USAGE_EXPORT("anthropic_usage_export"),
    LITELLM_SPEND("litellm_spend");

    private final String wireName;

    LogFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The name stored in {@link com.netra.apex.core.wedge.LogRow#source()} and shown to users. */
    public String wireName() {
        return wireName;
    }

    public static LogFormat fromWireName(String name) {
        for (LogFormat f : values()) {
            if (f.wireName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown log format '" + name + "'");
    }
}
