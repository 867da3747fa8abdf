package com.netra.apex.core.wedge.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The provider of a model, from its name, when the log does not say; and model names without routing prefixes. */
final class Providers {

    static final String UNKNOWN = "unknown";
    private static final Pattern OPENAI = Pattern.compile(
            "^(ft:)?(gpt-|gpt\\d|chatgpt|o\\d(-|$)|text-embedding|text-davinci|davinci|babbage|dall-e|whisper|tts-|omni-).*");

    private Providers() {
    }

    /** Model names repeat on every line; the regex need not run for each. Bounded: names come from files. */
    private static final Map<String, String> INFERRED = new ConcurrentHashMap<>();

    /** "openai" for gpt-*, o1/o3/o4..., chatgpt-*; "anthropic" for claude-*; else "unknown". */
    static String infer(String model) {
        if (model == null) {
            return UNKNOWN;
        }
        String known = INFERRED.get(model);
        if (known != null) {
            return known;
        }
        String provider = fromName(model);
        if (INFERRED.size() < 10_000) {
            INFERRED.put(model, provider);
        }
        return provider;
    }

    private static String fromName(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        String name = m.substring(m.lastIndexOf('/') + 1);
        if (OPENAI.matcher(name).matches()) {
            return "openai";
        }
        if (name.startsWith("claude") || name.contains(".claude-")) { // also Bedrock's anthropic.claude-...
            return "anthropic";
        }
        return UNKNOWN;
    }

    /** The model name without a router's "openai/" or "anthropic/" prefix, as price tables name it. */
    static String model(String model) {
        if (model == null || model.isBlank()) {
            return UNKNOWN;
        }
        String m = model.trim();
        for (String prefix : new String[] {"openai/", "anthropic/"}) {
            if (m.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return m.substring(prefix.length());
            }
        }
        return m;
    }

    /** The provider the log names when it is one Apex prices, else the one the model name implies. */
    static String of(String stated, String model) {
        String inferred = infer(model);
        if (!UNKNOWN.equals(inferred) || stated == null || stated.isBlank()) {
            return inferred;
        }
        return stated.trim().toLowerCase(Locale.ROOT);
    }
}
