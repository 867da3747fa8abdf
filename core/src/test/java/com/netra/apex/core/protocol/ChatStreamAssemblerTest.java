package com.netra.apex.core.protocol;

import static com.netra.apex.core.protocol.ProtocolJson.assertJson;
import static com.netra.apex.core.protocol.ProtocolJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatStreamAssemblerTest {

    private static final String HEAD = "{'id':'chatcmpl-9x','object':'chat.completion.chunk','created':1760000000,"
            + "'model':'gpt-4o-2024-08-06','system_fingerprint':'fp_1','choices':";

    private static final String USAGE = "{'prompt_tokens':20,'completion_tokens':5,'total_tokens':25}";

    private static Optional<ObjectNode> assemble(JsonNode usage, String... choices) {
        ChatStreamAssembler assembler = new ChatStreamAssembler(new ObjectMapper());
        for (String c : choices) {
            assembler.accept(json(HEAD + c + "}"));
        }
        return assembler.completion(usage);
    }

    @Test
    void aStreamedTextAnswerIsReassembled() {
        Optional<ObjectNode> completion = assemble(json(USAGE),
                "[{'index':0,'delta':{'role':'assistant','content':'','refusal':null},'logprobs':null,'finish_reason':null}]",
                "[{'index':0,'delta':{'content':'Hel'},'logprobs':null,'finish_reason':null}]",
                "[{'index':0,'delta':{'content':'lo!'},'logprobs':null,'finish_reason':null}]",
                "[{'index':0,'delta':{},'logprobs':null,'finish_reason':'stop'}]");

        assertJson(completion.orElseThrow(), "{'id':'chatcmpl-9x','object':'chat.completion','created':1760000000,"
                + "'model':'gpt-4o-2024-08-06','choices':[{'index':0,'message':{'role':'assistant','content':'Hello!'},"
                + "'finish_reason':'stop'}],'usage':" + USAGE + ",'system_fingerprint':'fp_1'}");
    }

    @Test
    void toolCallsWithArgumentsSplitAcrossChunksAreReassembled() {
        Optional<ObjectNode> completion = assemble(null,
                "[{'index':0,'delta':{'role':'assistant','content':null,'tool_calls':[{'index':0,'id':'call_a',"
                        + "'type':'function','function':{'name':'get_weather','arguments':''}}]},'finish_reason':null}]",
                "[{'index':0,'delta':{'tool_calls':[{'index':0,'function':{'arguments':'{\\'ci'}}]},'finish_reason':null}]",
                "[{'index':0,'delta':{'tool_calls':[{'index':0,'function':{'arguments':'ty\\':\\'Oslo\\'}'}}]},'finish_reason':null}]",
                "[{'index':0,'delta':{'tool_calls':[{'index':1,'id':'call_b','type':'function',"
                        + "'function':{'name':'get_time','arguments':'{}'}}]},'finish_reason':null}]",
                "[{'index':0,'delta':{},'finish_reason':'tool_calls'}]");

        ObjectNode message = (ObjectNode) completion.orElseThrow().at("/choices/0/message");
        assertJson(message, "{'role':'assistant','content':null,'tool_calls':["
                + "{'id':'call_a','type':'function','function':{'name':'get_weather','arguments':'{\\'city\\':\\'Oslo\\'}'}},"
                + "{'id':'call_b','type':'function','function':{'name':'get_time','arguments':'{}'}}]}");
        assertThat(completion.get().at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
        assertThat(completion.get().has("usage")).isFalse();
    }

    @Test
    void textBeforeAToolCallIsKept() {
        Optional<ObjectNode> completion = assemble(null,
                "[{'index':0,'delta':{'role':'assistant','content':'Checking.'},'finish_reason':null}]",
                "[{'index':0,'delta':{'tool_calls':[{'index':0,'id':'call_a','type':'function',"
                        + "'function':{'name':'f','arguments':'{}'}}]},'finish_reason':null}]",
                "[{'index':0,'delta':{},'finish_reason':'tool_calls'}]");

        assertThat(completion.orElseThrow().at("/choices/0/message/content").asText()).isEqualTo("Checking.");
        assertThat(completion.get().at("/choices/0/message/tool_calls")).hasSize(1);
    }

    @Test
    void aRefusalIsReassembled() {
        Optional<ObjectNode> completion = assemble(null,
                "[{'index':0,'delta':{'role':'assistant','content':null,'refusal':''},'finish_reason':null}]",
                "[{'index':0,'delta':{'refusal':'I can'},'finish_reason':null}]",
                "[{'index':0,'delta':{'refusal':'not help.'},'finish_reason':null}]",
                "[{'index':0,'delta':{},'finish_reason':'stop'}]");

        assertJson(completion.orElseThrow().at("/choices/0/message"),
                "{'role':'assistant','content':null,'refusal':'I cannot help.'}");
    }

    @Test
    void severalChoicesAreReassembledInIndexOrder() {
        Optional<ObjectNode> completion = assemble(null,
                "[{'index':1,'delta':{'role':'assistant','content':'B'},'finish_reason':null}]",
                "[{'index':0,'delta':{'role':'assistant','content':'A'},'finish_reason':null}]",
                "[{'index':1,'delta':{},'finish_reason':'length'}]",
                "[{'index':0,'delta':{},'finish_reason':'stop'}]");

        assertJson(completion.orElseThrow().get("choices"), "["
                + "{'index':0,'message':{'role':'assistant','content':'A'},'finish_reason':'stop'},"
                + "{'index':1,'message':{'role':'assistant','content':'B'},'finish_reason':'length'}]");
    }

    @Test
    void aStreamWithoutAFinishReasonIsIncomplete() {
        assertThat(assemble(json(USAGE),
                "[{'index':0,'delta':{'role':'assistant','content':'Hel'},'finish_reason':null}]")).isEmpty();
        assertThat(assemble(null)).isEmpty();
    }

    @Test
    void oneUnfinishedChoiceMakesTheWholeStreamIncomplete() {
        assertThat(assemble(null,
                "[{'index':0,'delta':{'content':'A'},'finish_reason':'stop'}]",
                "[{'index':1,'delta':{'content':'B'},'finish_reason':null}]")).isEmpty();
    }

    @Test
    void aUsageChunkWithoutChoicesDoesNotAddAChoice() {
        Optional<ObjectNode> completion = assemble(null,
                "[{'index':0,'delta':{'content':'ok'},'finish_reason':'stop'}]",
                "[],'usage':" + USAGE);

        assertThat(completion.orElseThrow().get("choices")).hasSize(1);
    }
}
