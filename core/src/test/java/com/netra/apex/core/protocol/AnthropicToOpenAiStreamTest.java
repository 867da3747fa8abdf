package com.netra.apex.core.protocol;

import static com.netra.apex.core.protocol.ProtocolJson.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.usage.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnthropicToOpenAiStreamTest {

    private static final long CREATED = 1_760_000_000L;

    /** A text answer followed by one tool call, as Anthropic streams it (event name, data). */
    private static final String[][] TEXT_THEN_TOOL = {
        {"message_start", "{'type':'message_start','message':{'id':'msg_014p7gG3','type':'message','role':'assistant',"
                + "'model':'claude-sonnet-4-5-20250929','content':[],'stop_reason':null,'stop_sequence':null,"
                + "'usage':{'input_tokens':472,'cache_creation_input_tokens':30,'cache_read_input_tokens':1024,'output_tokens':2}}}"},
        {"content_block_start", "{'type':'content_block_start','index':0,'content_block':{'type':'text','text':''}}"},
        {"ping", "{'type':'ping'}"},
        {"content_block_delta", "{'type':'content_block_delta','index':0,'delta':{'type':'text_delta','text':'Okay'}}"},
        {"content_block_delta", "{'type':'content_block_delta','index':0,'delta':{'type':'text_delta','text':', checking.'}}"},
        {"content_block_stop", "{'type':'content_block_stop','index':0}"},
        {"content_block_start", "{'type':'content_block_start','index':1,'content_block':{'type':'tool_use',"
                + "'id':'toolu_01T1x1','name':'get_weather','input':{}}}"},
        {"content_block_delta", "{'type':'content_block_delta','index':1,'delta':{'type':'input_json_delta','partial_json':''}}"},
        {"content_block_delta", "{'type':'content_block_delta','index':1,'delta':{'type':'input_json_delta',"
                + "'partial_json':'{\\'city\\':'}}"},
        {"content_block_delta", "{'type':'content_block_delta','index':1,'delta':{'type':'input_json_delta',"
                + "'partial_json':' \\'Oslo\\'}'}}"},
        {"content_block_stop", "{'type':'content_block_stop','index':1}"},
        {"message_delta", "{'type':'message_delta','delta':{'stop_reason':'tool_use','stop_sequence':null},"
                + "'usage':{'output_tokens':89}}"},
        {"message_stop", "{'type':'message_stop'}"},
    };

    private static final String HEAD = "{'id':'chatcmpl-msg_014p7gG3','object':'chat.completion.chunk',"
            + "'created':1760000000,'model':'claude-sonnet-4-5','choices':[{'index':0,'delta':";

    private static List<String> run(AnthropicToOpenAiStream stream, String[][] events) {
        List<String> chunks = new ArrayList<>();
        for (String[] event : events) {
            chunks.addAll(stream.onEvent(event[0], q(event[1])));
        }
        return chunks;
    }

    @Test
    void textThenToolCallBecomesExactOpenAiChunks() {
        AnthropicToOpenAiStream stream = new AnthropicToOpenAiStream("claude-sonnet-4-5", CREATED, false);

        List<String> chunks = run(stream, TEXT_THEN_TOOL);

        String tail = ",'logprobs':null,'finish_reason':null}]}";
        assertThat(chunks).containsExactly(
                q(HEAD + "{'role':'assistant','content':''}" + tail),
                q(HEAD + "{'content':'Okay'}" + tail),
                q(HEAD + "{'content':', checking.'}" + tail),
                q(HEAD + "{'tool_calls':[{'index':0,'id':'toolu_01T1x1','type':'function',"
                        + "'function':{'name':'get_weather','arguments':''}}]}" + tail),
                q(HEAD + "{'tool_calls':[{'index':0,'function':{'arguments':'{\\'city\\':'}}]}" + tail),
                q(HEAD + "{'tool_calls':[{'index':0,'function':{'arguments':' \\'Oslo\\'}'}}]}" + tail),
                q(HEAD + "{},'logprobs':null,'finish_reason':'tool_calls'}]}"));
        assertThat(stream.isFinished()).isTrue();
        assertThat(stream.finishReason()).isEqualTo("tool_calls");
        assertThat(stream.error()).isEmpty();
    }

    @Test
    void includeUsageAddsNullUsageToEveryChunkAndAFinalUsageChunk() {
        AnthropicToOpenAiStream stream = new AnthropicToOpenAiStream("claude-sonnet-4-5", CREATED, true);

        List<String> chunks = run(stream, TEXT_THEN_TOOL);

        String tail = ",'logprobs':null,'finish_reason':null}],'usage':null}";
        assertThat(chunks).hasSize(8);
        assertThat(chunks.get(0)).isEqualTo(q(HEAD + "{'role':'assistant','content':''}" + tail));
        assertThat(chunks.get(6)).isEqualTo(q(HEAD + "{},'logprobs':null,'finish_reason':'tool_calls'}],'usage':null}"));
        assertThat(chunks.get(7)).isEqualTo(q("{'id':'chatcmpl-msg_014p7gG3','object':'chat.completion.chunk',"
                + "'created':1760000000,'model':'claude-sonnet-4-5','choices':[],'usage':{'prompt_tokens':1526,"
                + "'completion_tokens':89,'total_tokens':1615,"
                + "'prompt_tokens_details':{'cached_tokens':1024,'cache_write_tokens':30}}}"));
    }

    @Test
    void tokenCountsAccumulateForMetering() {
        AnthropicToOpenAiStream stream = new AnthropicToOpenAiStream("m", CREATED, false);

        run(stream, new String[][] {TEXT_THEN_TOOL[0]});
        assertThat(stream.outputTokens()).isEqualTo(2);

        run(stream, TEXT_THEN_TOOL);
        assertThat(stream.inputTokens()).isEqualTo(472);
        assertThat(stream.cacheReadTokens()).isEqualTo(1024);
        assertThat(stream.cacheWriteTokens()).isEqualTo(30);
        assertThat(stream.outputTokens()).isEqualTo(89);
        assertThat(stream.tokenUsage()).isEqualTo(new TokenUsage(472, 1024, 30, 89));
    }

    @Test
    void cumulativeMessageDeltaUsageIsNotAddedTwice() {
        AnthropicToOpenAiStream stream = new AnthropicToOpenAiStream("m", CREATED, false);
        stream.onEvent("message_start", q("{'message':{'id':'m1','usage':{'input_tokens':10,'output_tokens':1}}}"));
        stream.onEvent("message_delta", q("{'delta':{'stop_reason':null},'usage':{'input_tokens':10,'output_tokens':40}}"));
        stream.onEvent("message_delta", q("{'delta':{'stop_reason':'end_turn'},'usage':{'input_tokens':10,"
                + "'cache_read_input_tokens':null,'output_tokens':55}}"));

        assertThat(stream.tokenUsage()).isEqualTo(new TokenUsage(10, 0, 0, 55));
        assertThat(stream.finishReason()).isEqualTo("stop");
    }

    @Test
    void secondToolCallGetsTheNextIndexAndThinkingIsSkipped() {
        AnthropicToOpenAiStream stream = new AnthropicToOpenAiStream("m", CREATED, false);
        stream.onEvent("message_start", q("{'message':{'id':'m2','usage':{'input_tokens':1}}}"));
        assertThat(stream.onEvent("content_block_start", q("{'index':0,'content_block':{'type':'thinking','thinking':''}}")))
                .isEmpty();
        assertThat(stream.onEvent("content_block_delta", q("{'index':0,'delta':{'type':'thinking_delta','thinking':'hm'}}")))
                .isEmpty();
        stream.onEvent("content_block_start", q("{'index':1,'content_block':{'type':'tool_use','id':'t1','name':'a','input':{}}}"));
        List<String> second = stream.onEvent("content_block_start",
                q("{'index':2,'content_block':{'type':'tool_use','id':'t2','name':'b','input':{}}}"));
        List<String> argsOfSecond = stream.onEvent("content_block_delta",
                q("{'index':2,'delta':{'type':'input_json_delta','partial_json':'{}'}}"));

        assertThat(second.get(0)).contains(q("'tool_calls':[{'index':1,'id':'t2'"));
        assertThat(argsOfSecond.get(0)).contains(q("'tool_calls':[{'index':1,'function':{'arguments':'{}'}}]"));
    }

    @Test
    void eventTypeComesFromDataWhenTheEventNameIsMissing() {
        AnthropicToOpenAiStream stream = new AnthropicToOpenAiStream("m", CREATED, false);

        List<String> chunks = stream.onEvent(null, q("{'type':'message_start','message':{'id':'m3','usage':{}}}"));

        assertThat(chunks).singleElement().asString().contains(q("'delta':{'role':'assistant','content':''}"));
        assertThat(stream.onEvent("ping", null)).isEmpty();
    }

    @Test
    void errorEventYieldsAnOpenAiErrorPayloadAndEndsTheStream() {
        AnthropicToOpenAiStream stream = new AnthropicToOpenAiStream("m", CREATED, true);
        stream.onEvent("message_start", q("{'message':{'id':'m4','usage':{'input_tokens':5}}}"));

        List<String> out = stream.onEvent("error",
                q("{'type':'error','error':{'type':'overloaded_error','message':'Overloaded'}}"));

        assertThat(out).containsExactly(
                q("{'error':{'message':'Overloaded','type':'overloaded_error','param':null,'code':'overloaded_error'}}"));
        assertThat(stream.error()).hasValueSatisfying(e -> assertThat(e.path("type").asText()).isEqualTo("overloaded_error"));
        assertThat(stream.isFinished()).isTrue();
        assertThat(stream.onEvent("message_stop", "{}")).isEmpty();
        assertThat(stream.inputTokens()).isEqualTo(5);
    }

    @Test
    void malformedEventDataIsAnUpstreamFault() {
        AnthropicToOpenAiStream stream = new AnthropicToOpenAiStream("m", CREATED, false);

        assertThatThrownBy(() -> stream.onEvent("content_block_delta", "{not json"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("malformed Anthropic stream event");
    }
}
