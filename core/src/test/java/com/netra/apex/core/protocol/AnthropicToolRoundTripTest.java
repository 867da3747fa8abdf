package com.netra.apex.core.protocol;

import static com.netra.apex.core.protocol.ProtocolJson.assertJson;
import static com.netra.apex.core.protocol.ProtocolJson.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** A tool call answered by Claude, replayed by an OpenAI client with its result, reaches Claude intact. */
class AnthropicToolRoundTripTest {

    @Test
    void toolCallFromAResponseReplaysAsToolUseWithItsResult() {
        JsonNode anthropicAnswer = json("{'id':'msg_9','content':[{'type':'tool_use','id':'toolu_01A',"
                + "'name':'get_weather','input':{'city':'Oslo','unit':'celsius','hours':[1,2]}}],"
                + "'stop_reason':'tool_use','usage':{'input_tokens':1,'output_tokens':1}}");
        JsonNode assistant = AnthropicToOpenAiResponse.translate(anthropicAnswer, "claude-x", 1L).at("/choices/0/message");

        ObjectNode followUp = (ObjectNode) json("{'messages':[{'role':'user','content':'Weather?'}],"
                + "'tools':[{'type':'function','function':{'name':'get_weather','parameters':{'type':'object'}}}]}");
        ArrayNode messages = (ArrayNode) followUp.get("messages");
        messages.add(assistant);
        messages.add(json("{'role':'tool','tool_call_id':'toolu_01A','content':'4 C'}"));

        ObjectNode request = OpenAiToAnthropicRequest.translate(followUp, "claude-x");

        assertJson(request.at("/messages/1"), "{'role':'assistant','content':[{'type':'tool_use','id':'toolu_01A',"
                + "'name':'get_weather','input':{'city':'Oslo','unit':'celsius','hours':[1,2]}}]}");
        assertJson(request.at("/messages/2"),
                "{'role':'user','content':[{'type':'tool_result','tool_use_id':'toolu_01A','content':'4 C'}]}");
        assertJson(request.get("tools"), "[{'name':'get_weather','input_schema':{'type':'object'}}]");
    }
}
