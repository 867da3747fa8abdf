package com.netra.apex.core.compression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.usage.TokenCounter;
import org.junit.jupiter.api.Test;

class ChatCompressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PromptCompressor compressor = new PromptCompressor(20);

    static ObjectNode chat(String messagesJson) throws Exception {
        return (ObjectNode) JSON.readTree("{\"model\":\"gpt-4o\",\"messages\":" + messagesJson + "}");
    }

    static ObjectNode message(String role, String content) {
        ObjectNode m = JSON.createObjectNode();
        m.put("role", role).put("content", content);
        return m;
    }

    static ObjectNode withMessages(ObjectNode... messages) {
        ObjectNode request = JSON.createObjectNode().put("model", "gpt-4o");
        request.putArray("messages").addAll(java.util.List.of(messages));
        return request;
    }

    @Test
    void returnsTheSameInstanceWhenNothingChanges() throws Exception {
        ObjectNode request = withMessages(message("system", "You are a concise assistant."),
                message("user", "Explain:\n\n```python\ndef f(x):\n    return  x\n```"));
        for (CompressionLevel level : CompressionLevel.values()) {
            CompressionResult result = compressor.compressChat(request, level);
            assertThat(result.request()).isSameAs(request);
            assertThat(result.changed()).isFalse();
            assertThat(result.tokensBefore()).isEqualTo(result.tokensAfter());
            assertThat(result.tokensSavedByRule()).isEmpty();
        }
    }

    @Test
    void offLeavesEvenMessyTextAlone() {
        ObjectNode request = withMessages(message("user", "messy   text   \r\n\r\n\r\n\r\n\r\nend"));
        assertThat(compressor.compressChat(request, CompressionLevel.OFF).request()).isSameAs(request);
    }

    @Test
    void compressesACopyAndNeverTheInput() {
        String messy = "Please   review   this.   \n\n\n\n\nThanks   a lot.   ";
        ObjectNode request = withMessages(message("user", messy));
        ObjectNode before = request.deepCopy();
        CompressionResult result = compressor.compressChat(request, CompressionLevel.LOSSLESS);
        assertThat(request).isEqualTo(before);
        assertThat(result.request()).isNotSameAs(request);
        assertThat(result.request().at("/messages/0/content").asText()).isEqualTo("Please review this.\n\nThanks a lot.");
        assertThat(result.request().get("model").asText()).isEqualTo("gpt-4o");
    }

    @Test
    void countsTokensOfTheChangedTextOnly() {
        String messy = "Please   review   this   carefully.   \n\n\n\n\nThanks   a   lot.   ";
        String tidy = "Please review this carefully.\n\nThanks a lot.";
        ObjectNode request = withMessages(message("system", "You review documents."), message("user", messy));
        CompressionResult result = compressor.compressChat(request, CompressionLevel.LOSSLESS);
        assertThat(result.tokensBefore()).isEqualTo(TokenCounter.count(messy));
        assertThat(result.tokensAfter()).isEqualTo(TokenCounter.count(tidy));
        assertThat(result.tokensSaved()).isPositive();
        assertThat(result.tokensSavedByRule()).containsOnlyKeys("whitespace")
                .containsEntry("whitespace", result.tokensSaved());
    }

    @Test
    void minifiesAJsonToolResultAndToolCallArguments() throws Exception {
        ObjectNode request = chat("""
                [{"role":"user","content":"Weather in Paris?"},
                 {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function",
                   "function":{"name":"weather","arguments":"{\\n  \\"city\\": \\"Paris\\",\\n  \\"unit\\": \\"C\\"\\n}"}}]},
                 {"role":"tool","tool_call_id":"call_1","content":"{\\n  \\"temp\\": 21.50,\\n  \\"sky\\": \\"light  rain\\"\\n}"}]
                """);
        CompressionResult result = compressor.compressChat(request, CompressionLevel.LOSSLESS);
        assertThat(result.request().at("/messages/1/tool_calls/0/function/arguments").asText())
                .isEqualTo("{\"city\":\"Paris\",\"unit\":\"C\"}");
        assertThat(result.request().at("/messages/2/content").asText())
                .isEqualTo("{\"temp\":21.50,\"sky\":\"light  rain\"}");
        assertThat(result.tokensSavedByRule()).containsOnlyKeys("json_minify");
    }

    @Test
    void leavesImagesAndFieldNamesAlone() throws Exception {
        String image = "data:image/png;base64,iVBORw0KGgo   AAAA   \n\n\n\n\nAAAA";
        ObjectNode request = chat("[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"What   is   this?  \"},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"" + image.replace("\n", "\\n") + "\"}}],"
                + "\"name\":\"a   b\"}]");
        CompressionResult result = compressor.compressChat(request, CompressionLevel.LOSSLESS);
        assertThat(result.request().at("/messages/0/content/0/text").asText()).isEqualTo("What is this?");
        assertThat(result.request().at("/messages/0/content/1/image_url/url").asText()).isEqualTo(image);
        assertThat(result.request().at("/messages/0/name").asText()).isEqualTo("a   b");
    }

    @Test
    void leavesUnknownRolesAlone() {
        ObjectNode request = withMessages(message("narrator", "messy   text   \n\n\n\n\nend"));
        assertThat(compressor.compressChat(request, CompressionLevel.LOSSLESS).request()).isSameAs(request);
    }

    @Test
    void reportsEachRuleThatSaved() {
        String chunk = "The warranty covers manufacturing defects for two years from purchase.";
        String text = "Sources:   \n\n" + chunk + "\n\n" + chunk + "\n\n```json\n{\n  \"id\": 7\n}\n```";
        ObjectNode request = withMessages(message("user", text));
        CompressionResult result = compressor.compressChat(request, CompressionLevel.LOSSLESS);
        assertThat(result.tokensSavedByRule()).containsOnlyKeys("whitespace", "json_minify", "repeated_blocks");
        assertThat(result.tokensSavedByRule().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(result.tokensSaved());
        assertThat(result.request().at("/messages/0/content").asText())
                .isEqualTo("Sources:\n\n" + chunk + "\n\n```json\n{\"id\":7}\n```");
    }

    @Test
    void leavesInvalidJsonContentUntouched() {
        String broken = "{\n  \"a\": 1,\n  \"b\": [1, 2,]   \n}";
        ObjectNode request = withMessages(message("tool", broken));
        assertThat(compressor.compressChat(request, CompressionLevel.LOSSLESS).request()).isSameAs(request);
    }
}
