package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the timestamps logs contain: ISO-8601 with or without a zone (no zone means UTC), with a space
 * instead of 'T', dates alone, and epoch numbers in seconds, milliseconds, microseconds or nanoseconds
 * (told apart by magnitude: any of them for a date between 1973 and 5138 is unambiguous).
 */
final class Timestamps {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern SHORT_OFFSET = Pattern.compile(".*[+-]\\d{2}$");
    private static final BigDecimal SECONDS_BELOW = new BigDecimal("1e11");
    private static final BigDecimal MILLIS_BELOW = new BigDecimal("1e14");
    private static final BigDecimal MICROS_BELOW = new BigDecimal("1e17");

    private Timestamps() {
    }

    /** The instant of the first present field; null when none is present. */
    static Instant read(JsonNode node, String... names) {
        JsonNode v = Fields.first(node, names);
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            return epoch(new BigDecimal(v.asText()));
        }
        String s = v.asText().trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            Instant utc = UtcIso.parse(s);
            if (utc != null) {
                return utc;
            }
            return NUMBER.matcher(s).matches() ? epoch(new BigDecimal(s)) : iso(s);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new MalformedRecord("'" + names[0] + "' is not a timestamp: " + Fields.clip(s));
        }
    }

    private static Instant epoch(BigDecimal value) {
        BigDecimal abs = value.abs();
        BigDecimal nanos = abs.compareTo(SECONDS_BELOW) < 0 ? value.movePointRight(9)
                : abs.compareTo(MILLIS_BELOW) < 0 ? value.movePointRight(6)
                : abs.compareTo(MICROS_BELOW) < 0 ? value.movePointRight(3) : value;
        long whole = nanos.toBigInteger().longValueExact();
        return Instant.ofEpochSecond(Math.floorDiv(whole, 1_000_000_000L), Math.floorMod(whole, 1_000_000_000L));
    }

    private static Instant iso(String s) {
        String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        if (SHORT_OFFSET.matcher(t).matches() && t.length() > 19) {
            t = t + ":00"; // PostgreSQL writes +00 where ISO wants +00:00
        }
        if (t.length() == 10) {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        char last = t.charAt(t.length() - 1);
        if (last == 'Z' || last == 'z') {
            return Instant.parse(t.substring(0, t.length() - 1) + 'Z');
        }
        if (hasOffset(t)) {
            return OffsetDateTime.parse(t).toInstant();
        }
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    }

    private static boolean hasOffset(String t) {
        int time = t.indexOf('T');
        return time > 0 && (t.indexOf('+', time) > 0 || t.indexOf('-', time) > 0);
    }
}
