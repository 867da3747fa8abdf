package com.netra.apex.core.protocol;

import static com.netra.apex.core.protocol.ProtocolJson.assertJson;
import static com.netra.apex.core.protocol.ProtocolJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class OpenAiToAnthropicRequestTest {

    private static final String MODEL = "claude-sonnet-4-5";

    private static ObjectNode translate(String singleQuotedRequest) {
        return OpenAiToAnthropicRequest.translate(json(singleQuotedRequest), MODEL);
    }

    @Test
    void minimalRequestGetsModelDefaultMaxTokensAndBlockContent() {
        ObjectNode out = translate("{'model':'gpt-x','messages':[{'role':'user','content':'Hi'}]}");

        assertJson(out, "{'model':'claude-sonnet-4-5','max_tokens':4096,"
                + "'messages':[{'role':'user','content':[{'type':'text','text':'Hi'}]}]}");
    }

    @Test
    void maxCompletionTokensWinsOverMaxTokens() {
        assertThat(translate("{'max_tokens':100,'messages':[{'role':'user','content':'x'}]}")
                .get("max_tokens").asInt()).isEqualTo(100);
        assertThat(translate("{'max_tokens':100,'max_completion_tokens':200,'messages':[{'role':'user','content':'x'}]}")
                .get("max_tokens").asInt()).isEqualTo(200);
    }

    @Test
    void stringSystemAndDeveloperMessagesJoinIntoOneSystemString() {
        ObjectNode out = translate("{'messages':[{'role':'system','content':'Be brief.'},"
                + "{'role':'developer','content':'Use metric units.'},{'role':'user','content':'Hi'}]}");

        assertThat(out.get("system").asText()).isEqualTo("Be brief.\n\nUse metric units.");
        assertThat(out.get("messages")).hasSize(1);
    }

    @Test
    void arraySystemContentBecomesTextBlocksKeepingCacheControl() {
        ObjectNode out = translate("{'messages':[{'role':'system','content':'Intro.'},"
                + "{'role':'system','content':[{'type':'text','text':'Long manual','cache_control':{'type':'ephemeral'}}]},"
                + "{'role':'user','content':'Hi'}]}");

        assertJson(out.get("system"), "[{'type':'text','text':'Intro.'},"
                + "{'type':'text','text':'Long manual','cache_control':{'type':'ephemeral'}}]");
    }

    @Test
    void cacheControlOnUserPartsAndOnWholeMessagesIsKept() {
        ObjectNode out = translate("{'messages':[{'role':'user','content':[{'type':'text','text':'Doc',"
                + "'cache_control':{'type':'ephemeral','ttl':'1h'}}]},{'role':'assistant','content':'Ok'},"
                + "{'role':'user','content':'Question','cache_control':{'type':'ephemeral'}}]}");

        assertJson(out.get("messages"), "[{'role':'user','content':[{'type':'text','text':'Doc',"
                + "'cache_control':{'type':'ephemeral','ttl':'1h'}}]},"
                + "{'role':'assistant','content':[{'type':'text','text':'Ok'}]},"
                + "{'role':'user','content':[{'type':'text','text':'Question','cache_control':{'type':'ephemeral'}}]}]");
    }

    @Test
    void dataUrlImageBecomesBase64SourceAndHttpUrlBecomesUrlSource() {
        ObjectNode out = translate("{'messages':[{'role':'user','content':[{'type':'text','text':'Compare'},"
                + "{'type':'image_url','image_url':{'url':'data:image/png;base64,iVBORw0KGgo=','detail':'high'}},"
                + "{'type':'image_url','image_url':{'url':'https://example.com/cat.jpg'}}]}]}");

        assertJson(out.at("/messages/0/content"), "[{'type':'text','text':'Compare'},"
                + "{'type':'image','source':{'type':'base64','media_type':'image/png','data':'iVBORw0KGgo='}},"
                + "{'type':'image','source':{'type':'url','url':'https://example.com/cat.jpg'}}]");
    }

    @Test
    void pdfFileDataBecomesDocumentBlock() {
        ObjectNode out = translate("{'messages':[{'role':'user','content':[{'type':'file',"
                + "'file':{'filename':'a.pdf','file_data':'data:application/pdf;base64,JVBERi0='}}]}]}");

        assertJson(out.at("/messages/0/content/0"),
                "{'type':'document','source':{'type':'base64','media_type':'application/pdf','data':'JVBERi0='}}");
    }

    @Test
    void unusableImageUrlsAndAudioAreRejected() {
        assertThatThrownBy(() -> translate("{'messages':[{'role':'user','content':[{'type':'image_url',"
                + "'image_url':{'url':'data:image/png,notbase64'}}]}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base64");
        assertThatThrownBy(() -> translate("{'messages':[{'role':'user','content':[{'type':'image_url',"
                + "'image_url':{'url':'ftp://x/y.png'}}]}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> translate("{'messages':[{'role':'user','content':[{'type':'input_audio',"
                + "'input_audio':{'data':'AAA','format':'wav'}}]}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input_audio");
    }

    @Test
    void toolDefinitionsGetInputSchemaWithDefaultForMissingParameters() {
        ObjectNode out = translate("{'messages':[{'role':'user','content':'Weather?'}],'tools':["
                + "{'type':'function','function':{'name':'get_weather','description':'Current weather',"
                + "'parameters':{'type':'object','properties':{'city':{'type':'string'}},'required':['city']},'strict':true}},"
                + "{'type':'function','function':{'name':'now'}}]}");

        assertJson(out.get("tools"), "[{'name':'get_weather','description':'Current weather','input_schema':"
                + "{'type':'object','properties':{'city':{'type':'string'}},'required':['city']}},"
                + "{'name':'now','input_schema':{'type':'object','properties':{}}}]");
        assertThat(out.has("tool_choice")).isFalse();
    }

    @Test
    void toolChoiceVariantsMap() {
        assertJson(withToolChoice("'auto'"), "{'type':'auto'}");
        assertJson(withToolChoice("'required'"), "{'type':'any'}");
        assertJson(withToolChoice("'none'"), "{'type':'none'}");
        assertJson(withToolChoice("{'type':'function','function':{'name':'now'}}"), "{'type':'tool','name':'now'}");
    }

    private static JsonNode withToolChoice(String choice) {
        return translate("{'messages':[{'role':'user','content':'x'}],"
                + "'tools':[{'type':'function','function':{'name':'now'}}],'tool_choice':" + choice + "}")
                .get("tool_choice");
    }

    @Test
    void parallelToolCallsFalseDisablesParallelToolUse() {
        String tools = "'tools':[{'type':'function','function':{'name':'now'}}]";
        assertJson(translate("{'messages':[{'role':'user','content':'x'}]," + tools + ",'parallel_tool_calls':false}")
                .get("tool_choice"), "{'type':'auto','disable_parallel_tool_use':true}");
        assertJson(translate("{'messages':[{'role':'user','content':'x'}]," + tools
                + ",'tool_choice':'required','parallel_tool_calls':false}")
                .get("tool_choice"), "{'type':'any','disable_parallel_tool_use':true}");
        assertThat(translate("{'messages':[{'role':'user','content':'x'}]," + tools + ",'parallel_tool_calls':true}")
                .has("tool_choice")).isFalse();
    }

    @Test
    void assistantToolCallsBecomeToolUseAndConsecutiveToolResultsMergeIntoOneUserMessage() {
        ObjectNode out = translate("{'messages':[{'role':'user','content':'Weather in Oslo and Rome?'},"
                + "{'role':'assistant','content':null,'tool_calls':["
                + "{'id':'call_1','type':'function','function':{'name':'get_weather','arguments':'{\\'city\\':\\'Oslo\\'}'}},"
                + "{'id':'call_2','type':'function','function':{'name':'get_weather','arguments':'{\\'city\\':\\'Rome\\'}'}}]},"
                + "{'role':'tool','tool_call_id':'call_1','content':'-3 C'},"
                + "{'role':'tool','tool_call_id':'call_2','content':[{'type':'text','text':'18 C'}]},"
                + "{'role':'user','content':'Which is warmer?'}]}");

        assertJson(out.get("messages"), "[{'role':'user','content':[{'type':'text','text':'Weather in Oslo and Rome?'}]},"
                + "{'role':'assistant','content':["
                + "{'type':'tool_use','id':'call_1','name':'get_weather','input':{'city':'Oslo'}},"
                + "{'type':'tool_use','id':'call_2','name':'get_weather','input':{'city':'Rome'}}]},"
                + "{'role':'user','content':[{'type':'tool_result','tool_use_id':'call_1','content':'-3 C'},"
                + "{'type':'tool_result','tool_use_id':'call_2','content':[{'type':'text','text':'18 C'}]},"
                + "{'type':'text','text':'Which is warmer?'}]}]");
    }

    @Test
    void consecutiveSameRoleMessagesMergeAndEmptyAssistantTextIsDropped() {
        ObjectNode out = translate("{'messages':[{'role':'user','content':'One'},{'role':'user','content':'Two'},"
                + "{'role':'assistant','content':'','tool_calls':[{'id':'call:9','type':'function',"
                + "'function':{'name':'now','arguments':''}}]},{'role':'tool','tool_call_id':'call:9','content':'noon'}]}");

        assertJson(out.get("messages"), "[{'role':'user','content':[{'type':'text','text':'One'},{'type':'text','text':'Two'}]},"
                + "{'role':'assistant','content':[{'type':'tool_use','id':'call_9','name':'now','input':{}}]},"
                + "{'role':'user','content':[{'type':'tool_result','tool_use_id':'call_9','content':'noon'}]}]");
    }

    @Test
    void legacyFunctionsAndFunctionCallsMap() {
        ObjectNode out = translate("{'functions':[{'name':'now','parameters':{'type':'object','properties':{}}}],"
                + "'function_call':{'name':'now'},'messages':[{'role':'user','content':'Time?'},"
                + "{'role':'assistant','content':null,'function_call':{'name':'now','arguments':'{}'}},"
                + "{'role':'function','name':'now','content':'noon'}]}");

        assertJson(out.get("tools"), "[{'name':'now','input_schema':{'type':'object','properties':{}}}]");
        assertJson(out.get("tool_choice"), "{'type':'tool','name':'now'}");
        assertJson(out.at("/messages/1/content/0"), "{'type':'tool_use','id':'call_legacy_1','name':'now','input':{}}");
        assertJson(out.at("/messages/2/content/0"), "{'type':'tool_result','tool_use_id':'call_legacy_1','content':'noon'}");
    }

    @Test
    void malformedToolArgumentsAreRejectedWithTheCallNamed() {
        assertThatThrownBy(() -> translate("{'messages':[{'role':'user','content':'x'},{'role':'assistant',"
                + "'tool_calls':[{'id':'call_7','type':'function','function':{'name':'get_weather','arguments':'{city: Oslo'}}]}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("call_7").hasMessageContaining("get_weather").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> translate("{'messages':[{'role':'user','content':'x'},{'role':'assistant',"
                + "'tool_calls':[{'id':'call_8','type':'function','function':{'name':'f','arguments':'[1,2]'}}]}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON object");
    }

    @Test
    void moreThanOneChoiceIsRejected() {
        assertThatThrownBy(() -> translate("{'n':2,'messages':[{'role':'user','content':'x'}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n > 1 is not supported for Anthropic models");
        assertThat(translate("{'n':1,'messages':[{'role':'user','content':'x'}]}").has("n")).isFalse();
    }

    @Test
    void stopStringOrArrayBecomesStopSequences() {
        assertJson(translate("{'stop':'END','messages':[{'role':'user','content':'x'}]}").get("stop_sequences"), "['END']");
        assertJson(translate("{'stop':['a','','b'],'messages':[{'role':'user','content':'x'}]}").get("stop_sequences"),
                "['a','b']");
    }

    @Test
    void samplingUserAndStreamMapWhileOpenAiOnlyFieldsAreDropped() {
        ObjectNode out = translate("{'messages':[{'role':'user','content':'x'}],'temperature':0.3,'top_p':0.9,"
                + "'user':'u-42','stream':true,'stream_options':{'include_usage':true},'logprobs':true,'top_logprobs':2,"
                + "'seed':7,'frequency_penalty':0.5,'presence_penalty':0.1,'logit_bias':{'50256':-100},'store':true}");

        assertJson(out, "{'model':'claude-sonnet-4-5','max_tokens':4096,"
                + "'messages':[{'role':'user','content':[{'type':'text','text':'x'}]}],"
                + "'temperature':0.3,'top_p':0.9,'metadata':{'user_id':'u-42'},'stream':true}");
    }

    @Test
    void temperatureIsClampedAndNoOpTopPIsDroppedBesideTemperature() {
        ObjectNode out = translate("{'messages':[{'role':'user','content':'x'}],'temperature':1.5,'top_p':1}");

        assertThat(out.get("temperature").asDouble()).isEqualTo(1.0);
        assertThat(out.has("top_p")).isFalse();
    }

    @Test
    void jsonObjectModeAppendsAnInstructionToTheSystemPrompt() {
        ObjectNode out = translate("{'response_format':{'type':'json_object'},"
                + "'messages':[{'role':'system','content':'You extract data.'},{'role':'user','content':'x'}]}");

        assertThat(out.get("system").asText())
                .isEqualTo("You extract data.\n\n" + OpenAiToAnthropicRequest.JSON_INSTRUCTION);
        assertThat(translate("{'response_format':{'type':'json_object'},'messages':[{'role':'user','content':'x'}]}")
                .get("system").asText()).isEqualTo(OpenAiToAnthropicRequest.JSON_INSTRUCTION);
    }

    @Test
    void jsonSchemaModeAppendsTheSchemaAfterCachedSystemBlocks() {
        ObjectNode out = translate("{'response_format':{'type':'json_schema','json_schema':{'name':'person',"
                + "'schema':{'type':'object','properties':{'name':{'type':'string'}}}}},'messages':["
                + "{'role':'system','content':[{'type':'text','text':'Rules','cache_control':{'type':'ephemeral'}}]},"
                + "{'role':'user','content':'x'}]}");

        assertThat(out.get("system")).hasSize(2);
        assertJson(out.at("/system/0"), "{'type':'text','text':'Rules','cache_control':{'type':'ephemeral'}}");
        assertThat(out.at("/system/1/text").asText())
                .startsWith("Respond only with a valid JSON object")
                .contains("\"person\"")
                .endsWith("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}");
        assertThat(translate("{'response_format':{'type':'text'},'messages':[{'role':'user','content':'x'}]}")
                .has("system")).isFalse();
    }

    @Test
    void requestsWithoutConversationAreRejected() {
        assertThatThrownBy(() -> translate("{'messages':[{'role':'system','content':'only system'}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> translate("{'model':'x'}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messages");
    }
}
