package com.netra.apex.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Fixed-width ISO-8601 UTC timestamps, so that string order is time order in keys and indexes. */
final class IsoInstants {

    // Instant.toString() drops zero fractions ("...:05Z" vs "...:05.120Z"), and 'Z' sorts after '.',
    // so its strings do not sort in time order; nine fraction digits always also keep every nanosecond.
    private static final DateTimeFormatter FIXED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private IsoInstants() {
    }

    static String format(Instant instant) {
        return instant == null ? null : FIXED.format(instant);
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** The UTC calendar day an instant falls on. */
    static LocalDate utcDay(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
