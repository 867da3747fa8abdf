package com.netra.apex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical form writes strings unescaped behind their length: values that differ must never share a key. */
class ExactCacheKeyCanonicalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"stop\":[\"ab\"]}                    | {\"stop\":[\"a\",\"b\"]}",
            "{\"stop\":[\"1:a\"]}                   | {\"stop\":[\"1\",\"a\"]}",
            "{\"stop\":\"1\"}                       | {\"stop\":1}",
            "{\"stop\":\"true\"}                    | {\"stop\":true}",
            "{\"stop\":\"null\"}                    | {\"stop\":null}",
            "{\"stop\":[]}                          | {\"stop\":{}}",
            "{\"stop\":[[]]}                        | {\"stop\":[[],[]]}",
            "{\"a\":{\"b\":\"c\",\"d\":\"e\"}}      | {\"a\":{\"b\":\"c\\\",\\\"d\\\":\\\"e\"}}",
            "{\"a\":\"x\",\"b\":\"y\"}              | {\"a\":\"x\\\"b\\\"y\"}",
            "{\"content\":\"line\\nbreak\"}         | {\"content\":\"line\\\\nbreak\"}",
            "{\"content\":\"café\"}                 | {\"content\":\"cafe\\u0301\"}",
    })
    void differentValuesNeverShareAKey(String a, String b) throws Exception {
        assertThat(key(a)).isNotEqualTo(key(b));
    }

    @Test
    void equalValuesShareAKeyWhateverTheirSpelling() throws Exception {
        assertThat(key("{\"model\":\"m\",\"temperature\":1,\"n\":{\"b\":2,\"a\":1}}"))
                .isEqualTo(key("{\"n\":{\"a\":1.0,\"b\":2.00},\"temperature\":1.0,\"model\":\"m\"}"));
        assertThat(key("{\"content\":\"😀 \\u00e9\"}")).isEqualTo(key("{\"content\":\"\\ud83d\\ude00 é\"}"));
    }

    @Test
    void aHugeRequestDoesNotChangeTheKeysOfLaterOnes() throws Exception {
        String small = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        String before = key(small);
        key("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "x".repeat(3 << 20) + "\"}]}");
        assertThat(key(small)).isEqualTo(before);
    }

    private static String key(String json) throws Exception {
        return ExactCacheKey.of("chat", (ObjectNode) JSON.readTree(json));
    }
}
