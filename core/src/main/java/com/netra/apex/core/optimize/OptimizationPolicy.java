package com.netra.apex.core.optimize;

import com.netra.apex.core.compression.CompressionLevel;
import com.netra.apex.core.routing.RoutingPolicy;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What the optimization pipeline may do to one request, resolved from the gateway's defaults, the
 * tenant's and the API key's settings and the request's headers.
 */
public record OptimizationPolicy(CachePolicy cache, CompressionLevel compression, int historyWindow,
                                 boolean promptCaching, RoutingPolicy routing, double holdoutFraction) {

    /** The exact and semantic cache settings. */
    public record CachePolicy(boolean exact, boolean semantic, Duration ttl, double semanticThreshold,
                              double maxTemperature) {
    }

    /** Nothing optimized: the holdout, or a caller who sent {@code x-apex-optimize: off}. */
    public OptimizationPolicy unoptimized() {
        return new OptimizationPolicy(new CachePolicy(false, false, cache.ttl(), cache.semanticThreshold(),
                cache.maxTemperature()), CompressionLevel.OFF, historyWindow, false, RoutingPolicy.OFF, holdoutFraction);
    }

    /** Parses merged settings; every value is checked, so a bad one is an error naming the setting. */
    public static OptimizationPolicy parse(Map<String, String> s) {
        PolicySettings.requireKnown(s);
        CachePolicy cache = new CachePolicy(
                flag(s, "cache.exact", true),
                flag(s, "cache.semantic", false),
                Duration.ofSeconds(whole(s, "cache.ttl_seconds", 3600, 1, 31L * 24 * 3600)),
                fraction(s, "cache.semantic_threshold", 0.93, 0.80, 1.0),
                fraction(s, "cache.max_temperature", 1.0, 0.0, 2.0));
        CompressionLevel compression = CompressionLevel.parse(s.getOrDefault("compression", "lossless"));
        int window = (int) whole(s, "compression.history_window", 20, 1, 10_000);
        RoutingPolicy routing = flag(s, "routing", false) ? RoutingPolicy.parse(s) : RoutingPolicy.OFF;
        return new OptimizationPolicy(cache, compression, window, flag(s, "prompt_cache", true), routing,
                fraction(s, "holdout", 0.0, 0.0, 1.0));
    }

    static boolean flag(Map<String, String> s, String name, boolean fallback) {
        String v = s.get(name);
        if (v == null) {
            return fallback;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be on or off, got '" + v + "'");
        };
    }

    /** A decimal setting within [min, max]. */
    public static double fraction(Map<String, String> s, String name, double fallback, double min, double max) {
        String v = s.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max + ", got '" + v + "'");
    }

    static long whole(Map<String, String> s, String name, long fallback, long min, long max) {
        String v = s.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", got '" + v + "'");
    }
}
