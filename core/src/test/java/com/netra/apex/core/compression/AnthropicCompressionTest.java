package com.netra.apex.core.compression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnthropicCompressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode request(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    void compressesSystemTextBlocksAndToolResults() throws Exception {
        ObjectNode request = request("""
                {"model":"claude-sonnet-4-5","max_tokens":512,
                 "system":[{"type":"text","text":"You are   a support agent.   ","cache_control":{"type":"ephemeral"}}],
                 "messages":[
                  {"role":"user","content":[{"type":"text","text":"Order   status?  "},
                     {"type":"image","source":{"type":"base64","media_type":"image/png","data":"AAAA    BBBB"}}]},
                  {"role":"assistant","content":[{"type":"tool_use","id":"tu1","name":"order","input":{"id":"A  1"}}]},
                  {"role":"user","content":[{"type":"tool_result","tool_use_id":"tu1",
                     "content":"{\\n  \\"status\\": \\"shipped\\",\\n  \\"eta\\": \\"2 days\\"\\n}"}]}]}
                """);
        CompressionResult result = new PromptCompressor(20).compressMessages(request, CompressionLevel.LOSSLESS);
        ObjectNode out = result.request();
        assertThat(out.at("/system/0/text").asText()).isEqualTo("You are a support agent.");
        assertThat(out.at("/system/0/cache_control/type").asText()).isEqualTo("ephemeral");
        assertThat(out.at("/messages/0/content/0/text").asText()).isEqualTo("Order status?");
        assertThat(out.at("/messages/0/content/1/source/data").asText()).isEqualTo("AAAA    BBBB");
        assertThat(out.at("/messages/1/content/0/input/id").asText()).isEqualTo("A  1");
        assertThat(out.at("/messages/2/content/0/content").asText()).isEqualTo("{\"status\":\"shipped\",\"eta\":\"2 days\"}");
        assertThat(result.tokensSavedByRule()).containsOnlyKeys("whitespace", "json_minify");
    }

    @Test
    void compressesStringSystemAndToolResultTextBlocks() throws Exception {
        ObjectNode request = request("""
                {"system":"Be   brief.","messages":[{"role":"user","content":[{"type":"tool_result","tool_use_id":"t",
                  "content":[{"type":"text","text":"[\\n  1,\\n  2\\n]"}]}]}]}
                """);
        ObjectNode out = new PromptCompressor(20).compressMessages(request, CompressionLevel.LOSSLESS).request();
        assertThat(out.get("system").asText()).isEqualTo("Be brief.");
        assertThat(out.at("/messages/0/content/0/content/0/text").asText()).isEqualTo("[1,2]");
    }

    @Test
    void cleanRequestComesBackAsTheSameInstance() throws Exception {
        ObjectNode request = request("""
                {"system":"Be brief.","messages":[{"role":"user","content":"Hi there"},
                 {"role":"assistant","content":[{"type":"text","text":"Hello!"}]},{"role":"user","content":"Bye"}]}
                """);
        CompressionResult result = new PromptCompressor(20).compressMessages(request, CompressionLevel.LOSSY);
        assertThat(result.request()).isSameAs(request);
        assertThat(result.changed()).isFalse();
    }

    @Test
    void historyWindowOpensOnAUserTurnWithoutToolResults() throws Exception {
        ObjectNode request = request("""
                {"system":"Use tools.","messages":[
                 {"role":"user","content":"old"},
                 {"role":"assistant","content":"old answer"},
                 {"role":"user","content":"Find order A1"},
                 {"role":"assistant","content":[{"type":"tool_use","id":"tu1","name":"order","input":{}}]},
                 {"role":"user","content":[{"type":"tool_result","tool_use_id":"tu1","content":"shipped"}]},
                 {"role":"assistant","content":"It shipped."}]}
                """);
        // A window of 2 would open on the tool_result turn, then on an assistant turn: both widen.
        CompressionResult result = new PromptCompressor(2).compressMessages(request, CompressionLevel.LOSSY);
        List<String> kept = new ArrayList<>();
        result.request().get("messages").forEach(m -> kept.add(m.get("role").asText()));
        assertThat(kept).containsExactly("user", "assistant", "user", "assistant");
        assertThat(result.request().at("/messages/0/content").asText()).isEqualTo("Find order A1");
        assertThat(result.request().get("system").asText()).isEqualTo("Use tools.");
        assertThat(result.tokensSavedByRule()).containsOnlyKeys("history_window");
    }
}
