package com.netra.apex.core.compression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonMinifierTest {

    @Test
    void minifiesPrettyPrintedJson() {
        String pretty = "{\n  \"city\": \"Paris\",\n  \"days\": [\n    1,\n    2\n  ]\n}\n";
        assertThat(JsonMinifier.minifyWhole(pretty)).isEqualTo("{\"city\":\"Paris\",\"days\":[1,2]}");
    }

    @Test
    void keepsStringLiteralsExactlyIncludingSpacesAndEscapes() {
        String pretty = "{ \"note\" : \"two  spaces, a \\\"quote\\\" and \\\\\" , \"k\" : \"\\n  x\" }";
        assertThat(JsonMinifier.minifyWhole(pretty))
                .isEqualTo("{\"note\":\"two  spaces, a \\\"quote\\\" and \\\\\",\"k\":\"\\n  x\"}");
    }

    @Test
    void keepsNumberSpellingsAndKeyOrder() {
        String pretty = "{ \"price\": 1.50, \"big\": 1e10, \"neg\": -0.0, \"z\": 1, \"a\": 2 }";
        assertThat(JsonMinifier.minifyWhole(pretty))
                .isEqualTo("{\"price\":1.50,\"big\":1e10,\"neg\":-0.0,\"z\":1,\"a\":2}");
    }

    @Test
    void leavesInvalidJsonUntouched() {
        String[] invalid = {
            "{ \"a\": 1, }", "{ a: 1 }", "{ \"a\": 01 }", "[1, 2] [3]", "{ \"a\": \"\\x\" }",
            "{ \"a\": 1 // note\n}", "{ \"a\": NaN }", "[ 1, 2"
        };
        for (String text : invalid) {
            assertThat(JsonMinifier.minifyWhole(text)).as(text).isSameAs(text);
        }
    }

    @Test
    void leavesCompactJsonAndProseAsTheSameInstance() {
        String compact = "{\"a\":[1,2]}";
        String prose = "The { braces } here are not JSON";
        assertThat(JsonMinifier.minifyWhole(compact)).isSameAs(compact);
        assertThat(JsonMinifier.minifyWhole(prose)).isSameAs(prose);
    }

    @Test
    void minifiesJsonFencesOnly() {
        String text = "Result:\n```json\n{\n  \"ok\": true,\n  \"msg\": \"a  b\"\n}\n```\n"
                + "```js\nconst x = {\n  a: 1\n};\n```\n";
        assertThat(JsonMinifier.minifyFences(text)).isEqualTo(
                "Result:\n```json\n{\"ok\":true,\"msg\":\"a  b\"}\n```\n```js\nconst x = {\n  a: 1\n};\n```\n");
    }

    @Test
    void leavesInvalidJsonFenceUntouched() {
        String text = "```json\n{\n  \"a\": 1,\n}\n```";
        assertThat(JsonMinifier.minifyFences(text)).isSameAs(text);
    }
}
