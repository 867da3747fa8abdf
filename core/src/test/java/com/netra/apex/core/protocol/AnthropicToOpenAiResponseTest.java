package com.netra.apex.core.protocol;

import static com.netra.apex.core.protocol.ProtocolJson.assertJson;
import static com.netra.apex.core.protocol.ProtocolJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.usage.TokenUsage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnthropicToOpenAiResponseTest {

    private static final long CREATED = 1_760_000_000L;

    @Test
    void textMessageWithCacheUsageTranslates() {
        JsonNode message = json("{'id':'msg_01AbC','type':'message','role':'assistant','model':'claude-sonnet-4-5-20250929',"
                + "'content':[{'type':'text','text':'Hello'},{'type':'text','text':', world'}],"
                + "'stop_reason':'end_turn','stop_sequence':null,'usage':{'input_tokens':12,"
                + "'cache_creation_input_tokens':100,'cache_read_input_tokens':2000,'output_tokens':7}}");

        ObjectNode out = AnthropicToOpenAiResponse.translate(message, "claude-sonnet-4-5", CREATED);

        assertJson(out, "{'id':'chatcmpl-msg_01AbC','object':'chat.completion','created':1760000000,"
                + "'model':'claude-sonnet-4-5','choices':[{'index':0,'message':{'role':'assistant','content':'Hello, world'},"
                + "'logprobs':null,'finish_reason':'stop'}],'usage':{'prompt_tokens':2112,'completion_tokens':7,"
                + "'total_tokens':2119,'prompt_tokens_details':{'cached_tokens':2000,'cache_write_tokens':100}}}");
    }

    @Test
    void toolUseBlocksBecomeToolCallsWithJsonStringArguments() {
        JsonNode message = json("{'id':'msg_02','content':[{'type':'thinking','thinking':'hmm','signature':'s'},"
                + "{'type':'tool_use','id':'toolu_01','name':'get_weather','input':{'city':'Oslo','days':2}},"
                + "{'type':'tool_use','id':'toolu_02','name':'now','input':{}}],"
                + "'stop_reason':'tool_use','usage':{'input_tokens':50,'output_tokens':30}}");

        ObjectNode out = AnthropicToOpenAiResponse.translate(message, "claude-x", CREATED);

        assertJson(out.at("/choices/0/message"), "{'role':'assistant','content':null,'tool_calls':["
                + "{'id':'toolu_01','type':'function','function':{'name':'get_weather','arguments':'{\\'city\\':\\'Oslo\\',\\'days\\':2}'}},"
                + "{'id':'toolu_02','type':'function','function':{'name':'now','arguments':'{}'}}]}");
        assertThat(out.at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
        assertJson(out.get("usage"), "{'prompt_tokens':50,'completion_tokens':30,'total_tokens':80,"
                + "'prompt_tokens_details':{'cached_tokens':0,'cache_write_tokens':0}}");
    }

    @Test
    void textBesideToolUseIsKept() {
        JsonNode message = json("{'id':'m','content':[{'type':'text','text':'Let me check.'},"
                + "{'type':'tool_use','id':'toolu_9','name':'now','input':{}}],'stop_reason':'tool_use','usage':{}}");

        JsonNode choice = AnthropicToOpenAiResponse.translate(message, "m", CREATED).at("/choices/0");

        assertThat(choice.at("/message/content").asText()).isEqualTo("Let me check.");
        assertThat(choice.at("/message/tool_calls")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"end_turn,stop", "stop_sequence,stop", "max_tokens,length", "tool_use,tool_calls",
            "refusal,content_filter", "pause_turn,stop", "model_context_window_exceeded,length"})
    void stopReasonsMapToFinishReasons(String stopReason, String finishReason) {
        JsonNode message = json("{'id':'m','content':[{'type':'text','text':'x'}],'stop_reason':'" + stopReason
                + "','usage':{'input_tokens':1,'output_tokens':1}}");

        assertThat(AnthropicToOpenAiResponse.translate(message, "m", CREATED).at("/choices/0/finish_reason").asText())
                .isEqualTo(finishReason);
    }

    @Test
    void tokenUsageIsExposedForMetering() {
        JsonNode message = json("{'id':'m','content':[],'stop_reason':'end_turn','usage':{'input_tokens':12,"
                + "'cache_creation_input_tokens':100,'cache_read_input_tokens':2000,'output_tokens':7}}");

        assertThat(AnthropicToOpenAiResponse.tokenUsage(message)).isEqualTo(new TokenUsage(12, 2000, 100, 7));
    }
}
