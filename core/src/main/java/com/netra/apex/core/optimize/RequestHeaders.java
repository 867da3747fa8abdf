package com.netra.apex.core.optimize;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The per-request controls a caller can send as {@code x-apex-*} headers, turned into settings that
 * override the tenant's and the key's for this one request.
 */
public final class RequestHeaders {

    /** Header names this class reads, lower case. */
    public static final Set<String> NAMES = Set.of("x-apex-optimize", "x-apex-cache", "x-apex-cache-ttl",
            "x-apex-semantic-threshold", "x-apex-compress", "x-apex-route", "x-apex-prompt-cache", "x-apex-tags");

    private RequestHeaders() {
    }

    /** True when the caller asked for no optimization at all ({@code x-apex-optimize: off}). */
    public static boolean optOut(Map<String, String> headers) {
        String v = headers.get("x-apex-optimize");
        return v != null && v.trim().equalsIgnoreCase("off");
    }

    public static Set<String> tags(Map<String, String> headers) {
        String v = headers.get("x-apex-tags");
        return v == null ? Set.of() : Arrays.stream(v.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The settings the headers carry; an unknown value is an error naming the header. */
    public static Map<String, String> settings(Map<String, String> headers) {
        Map<String, String> s = new LinkedHashMap<>();
        String cache = headers.get("x-apex-cache");
        if (cache != null) {
            switch (cache.trim().toLowerCase(Locale.ROOT)) {
                case "off" -> { s.put("cache.exact", "off"); s.put("cache.semantic", "off"); }
                case "exact" -> { s.put("cache.exact", "on"); s.put("cache.semantic", "off"); }
                case "semantic" -> { s.put("cache.exact", "on"); s.put("cache.semantic", "on"); }
                default -> throw new IllegalArgumentException("x-apex-cache must be off, exact or semantic, got '" + cache + "'");
            }
        }
        copy(headers, "x-apex-cache-ttl", s, "cache.ttl_seconds");
        copy(headers, "x-apex-semantic-threshold", s, "cache.semantic_threshold");
        copy(headers, "x-apex-compress", s, "compression");
        copy(headers, "x-apex-route", s, "routing");
        copy(headers, "x-apex-prompt-cache", s, "prompt_cache");
        return s;
    }

    private static void copy(Map<String, String> headers, String header, Map<String, String> s, String setting) {
        String v = headers.get(header);
        if (v != null) {
            s.put(setting, v.trim());
        }
    }
}
