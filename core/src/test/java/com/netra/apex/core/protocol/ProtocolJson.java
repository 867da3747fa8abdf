package com.netra.apex.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** JSON helpers for protocol tests: fixtures are written with single quotes to stay readable in Java. */
final class ProtocolJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProtocolJson() {
    }

    /** {@code text} with single quotes turned into double quotes. */
    static String q(String text) {
        return text.replace('\'', '"');
    }

    /** Parses a single-quoted JSON fixture. */
    static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(q(singleQuoted));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Structural equality; re-parsing {@code actual} makes int and long nodes compare equal. */
    static void assertJson(JsonNode actual, String expectedSingleQuoted) {
        try {
            assertThat(JSON.readTree(actual.toString())).isEqualTo(json(expectedSingleQuoted));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
