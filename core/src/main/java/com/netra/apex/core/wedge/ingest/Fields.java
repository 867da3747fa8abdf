package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;

/**
 * Lenient reads of a record's fields: logging tools disagree on names (each read takes several), write
 * numbers as strings, and nest JSON as a string inside JSON; a field that is present but unreadable is a
 * malformed record, never a silent zero.
 */
final class Fields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fields() {
    }

    /** The first of {@code names} present with a non-null value, or null. */
    static JsonNode first(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        return null;
    }

    static boolean hasAny(JsonNode node, String... names) {
        return first(node, names) != null;
    }

    /** Text of the first present field (numbers as their text); null when absent or blank. */
    static String text(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        if (v == null || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    /** A non-negative count; 0 when absent. */
    static long count(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        if (v == null) {
            return 0;
        }
        long n;
        if (v.isIntegralNumber()) {
            n = v.asLong();
        } else {
            String s = v.asText().trim();
            if (s.isEmpty()) {
                return 0;
            }
            try {
                n = new BigDecimal(s.replace(",", "")).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new MalformedRecord("'" + names[0] + "' is not a whole number: " + clip(s));
            }
        }
        if (n < 0) {
            throw new MalformedRecord("'" + names[0] + "' is negative: " + n);
        }
        return n;
    }

    /** A dollar amount read from its decimal text (never through a double); null when absent. */
    static BigDecimal money(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        if (v == null) {
            return null;
        }
        if (v.isBigDecimal() || v.isIntegralNumber()) {
            return v.decimalValue();
        }
        String s = v.asText().trim().replace("$", "").replace(",", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s); // a double's text is its shortest exact decimal, e.g. 0.1 reads as 0.1
        } catch (NumberFormatException e) {
            throw new MalformedRecord("'" + names[0] + "' is not an amount: " + clip(s));
        }
    }

    static boolean flag(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        if (v == null) {
            return false;
        }
        String s = v.asText().trim();
        return v.asBoolean(false) || s.equalsIgnoreCase("true") || s.equals("1") || s.equalsIgnoreCase("yes");
    }

    /** The first present field as a JSON object or array, parsing it when the log stored JSON as a string. */
    static JsonNode json(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        if (v == null || v.isContainerNode()) {
            return v;
        }
        String s = v.asText().trim();
        if (!s.startsWith("{") && !s.startsWith("[")) {
            return null;
        }
        try {
            return JSON.readTree(s);
        } catch (JsonProcessingException e) {
            throw new MalformedRecord("'" + names[0] + "' holds invalid JSON: " + e.getOriginalMessage());
        }
    }

    static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
