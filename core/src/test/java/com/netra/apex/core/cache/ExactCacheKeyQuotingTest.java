package com.netra.apex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** The direct string quoting must write exactly what Jackson wrote before it, or every cache key would change. */
class ExactCacheKeyQuotingTest {

    @Test
    void everyCharacterIsQuotedAsJacksonQuotesIt() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = "a" + c + "b";
            assertThat(quoted(s)).as("U+%04X", (int) c).isEqualTo(TextNode.valueOf(s).toString());
        }
    }

    @Test
    void surrogatePairsEmojiAndEscapesAreQuotedAsJacksonQuotesThem() {
        for (String s : new String[] {"", "\"", "\\", "\\\"", "line\nbreak\r\n\ttab", "\u0000\u001f\u007f", "😀 emoji",
                "\ud83d", "\ude00 lone low", "</script>", "\u2028\u2029", "naïve café 東京"}) {
            assertThat(quoted(s)).as(s).isEqualTo(TextNode.valueOf(s).toString());
        }
    }

    @Test
    void keysOfRequestsWithEveryKindOfStringAreUnchanged() throws Exception {
        ObjectNode request = (ObjectNode) new ObjectMapper().readTree("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"system\","
                + "\"content\":\"Quote \\\"this\\\"\\n\\u0001 and \\\\ that 😀\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"naïve\\t\\u2028\"}]}],\"temperature\":1.0,\"stop\":[\"\\n\\n\"],\"tool_choice\":null,\"logprobs\":false}");
        assertThat(ExactCacheKey.of("chat", request)).isEqualTo(referenceKey("chat", request));
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder();
        ExactCacheKey.quote(s, out);
        return out.toString();
    }

    /** The canonical form as first written, strings through TextNode.toString(). */
    private static String referenceKey(String endpoint, ObjectNode request) {
        StringBuilder canonical = new StringBuilder().append(endpoint).append('\n');
        java.util.List<String> names = new java.util.ArrayList<>();
        request.fieldNames().forEachRemaining(names::add);
        java.util.Collections.sort(names);
        for (String name : names) {
            canonical.append(name).append('=');
            reference(request.get(name), canonical);
            canonical.append('\n');
        }
        return ExactCacheKey.sha256(canonical.toString());
    }

    private static void reference(com.fasterxml.jackson.databind.JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            java.util.Collections.sort(names);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",").append(TextNode.valueOf(names.get(i)).toString()).append(':');
                reference(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                reference(node.get(i), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            out.append(node.toString());
        }
    }
}
