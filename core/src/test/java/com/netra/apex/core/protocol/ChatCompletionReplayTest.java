package com.netra.apex.core.protocol;

import static com.netra.apex.core.protocol.ProtocolJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatCompletionReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long CREATED = 1_770_000_000L;

    private final ChatCompletionReplay replay = new ChatCompletionReplay(JSON);

    private static final JsonNode TEXT = json("{'id':'chatcmpl-old','object':'chat.completion','created':1700000000,"
            + "'model':'gpt-4o-mini-2024-07-18','choices':[{'index':0,'message':{'role':'assistant',"
            + "'content':'Paris is the capital of France.'},'finish_reason':'stop'}],"
            + "'usage':{'prompt_tokens':14,'completion_tokens':7,'total_tokens':21}}");

    private static final JsonNode TOOLS = json("{'id':'chatcmpl-old','object':'chat.completion','created':1700000000,"
            + "'model':'gpt-4o','choices':[{'index':0,'message':{'role':'assistant','content':null,'tool_calls':["
            + "{'id':'call_a','type':'function','function':{'name':'get_weather','arguments':'{\\'city\\':\\'Oslo\\'}'}},"
            + "{'id':'call_b','type':'function','function':{'name':'get_time','arguments':'{}'}}]},"
            + "'finish_reason':'tool_calls'}]}");

    private static List<JsonNode> parsed(List<String> chunks) {
        return chunks.stream().map(ProtocolJson::json).toList();
    }

    /** Feeds replayed chunks to the assembler, as a streaming caller's answer would be assembled for the cache. */
    private static ObjectNode reassembled(List<String> chunks, JsonNode usage) {
        ChatStreamAssembler assembler = new ChatStreamAssembler(JSON);
        parsed(chunks).forEach(assembler::accept);
        return assembler.completion(usage).orElseThrow();
    }

    @Test
    void theCompletionIsReissuedUnderANewIdTimeAndModelName() {
        JsonNode before = TEXT.deepCopy();

        ObjectNode out = replay.completion(TEXT, "chatcmpl-new", CREATED, "gpt-4o-mini");

        assertThat(out.get("id").asText()).isEqualTo("chatcmpl-new");
        assertThat(out.get("created").asLong()).isEqualTo(CREATED);
        assertThat(out.get("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(out.get("choices")).isEqualTo(TEXT.get("choices"));
        assertThat(out.get("usage")).isEqualTo(TEXT.get("usage"));
        assertThat(TEXT).isEqualTo(before);
    }

    @Test
    void aTextAnswerIsReplayedAsRoleContentAndFinishChunks() {
        List<JsonNode> chunks = parsed(replay.chunks(TEXT, "chatcmpl-new", CREATED, "gpt-4o-mini", false));

        assertThat(chunks).hasSize(3).allSatisfy(c -> {
            assertThat(c.get("id").asText()).isEqualTo("chatcmpl-new");
            assertThat(c.get("object").asText()).isEqualTo("chat.completion.chunk");
            assertThat(c.get("created").asLong()).isEqualTo(CREATED);
            assertThat(c.get("model").asText()).isEqualTo("gpt-4o-mini");
        });
        assertThat(chunks.get(0).at("/choices/0/delta")).isEqualTo(json("{'role':'assistant','content':''}"));
        assertThat(chunks.get(1).at("/choices/0/delta/content").asText()).isEqualTo("Paris is the capital of France.");
        assertThat(chunks.get(1).at("/choices/0/finish_reason").isNull()).isTrue();
        assertThat(chunks.get(2).at("/choices/0/delta")).isEmpty();
        assertThat(chunks.get(2).at("/choices/0/finish_reason").asText()).isEqualTo("stop");
    }

    @Test
    void replayedTextReassemblesToTheSameMessage() {
        ObjectNode back = reassembled(replay.chunks(TEXT, "chatcmpl-new", CREATED, "gpt-4o-mini", false), null);

        assertThat(back.get("choices")).isEqualTo(TEXT.get("choices"));
        assertThat(back.get("id").asText()).isEqualTo("chatcmpl-new");
    }

    @Test
    void replayedToolCallsReassembleToTheSameMessage() {
        List<String> chunks = replay.chunks(TOOLS, "chatcmpl-new", CREATED, "gpt-4o", false);

        assertThat(parsed(chunks).get(1).at("/choices/0/delta/tool_calls/0/index").asInt()).isZero();
        assertThat(parsed(chunks).get(2).at("/choices/0/delta/tool_calls/0/index").asInt()).isEqualTo(1);
        assertThat(reassembled(chunks, null).get("choices")).isEqualTo(TOOLS.get("choices"));
    }

    @Test
    void aToolCallReplayAnnouncesNullContentLikeAProvider() {
        JsonNode first = parsed(replay.chunks(TOOLS, "chatcmpl-new", CREATED, "gpt-4o", false)).get(0);

        assertThat(first.at("/choices/0/delta/role").asText()).isEqualTo("assistant");
        assertThat(first.at("/choices/0/delta/content").isNull()).isTrue();
    }

    @Test
    void aReplayedRefusalReassemblesToTheSameMessage() {
        JsonNode refusal = json("{'id':'x','object':'chat.completion','created':1,'model':'gpt-4o','choices':[{'index':0,"
                + "'message':{'role':'assistant','content':null,'refusal':'I cannot help with that.'},'finish_reason':'stop'}]}");

        ObjectNode back = reassembled(replay.chunks(refusal, "chatcmpl-new", CREATED, "gpt-4o", false), null);

        assertThat(back.get("choices")).isEqualTo(refusal.get("choices"));
    }

    @Test
    void severalChoicesAreReplayedAndReassembled() {
        JsonNode two = json("{'id':'x','object':'chat.completion','created':1,'model':'gpt-4o','choices':["
                + "{'index':0,'message':{'role':'assistant','content':'A'},'finish_reason':'stop'},"
                + "{'index':1,'message':{'role':'assistant','content':'B'},'finish_reason':'length'}]}");

        ObjectNode back = reassembled(replay.chunks(two, "chatcmpl-new", CREATED, "gpt-4o", false), null);

        assertThat(back.get("choices")).isEqualTo(two.get("choices"));
    }

    @Test
    void includeUsageAddsAFinalUsageChunkWithNoChoices() {
        List<JsonNode> chunks = parsed(replay.chunks(TEXT, "chatcmpl-new", CREATED, "gpt-4o-mini", true));

        JsonNode last = chunks.get(chunks.size() - 1);
        assertThat(chunks).hasSize(4);
        assertThat(last.get("choices")).isEmpty();
        assertThat(last.get("usage")).isEqualTo(TEXT.get("usage"));
        assertThat(last.get("id").asText()).isEqualTo("chatcmpl-new");
        assertThat(chunks.subList(0, 3)).allSatisfy(c -> assertThat(c.has("usage")).isFalse());
    }

    @Test
    void usageIsOnlyReplayedWhenAskedForAndKnown() {
        assertThat(replay.chunks(TEXT, "id", CREATED, "m", false)).hasSize(3);
        assertThat(replay.chunks(TOOLS, "id", CREATED, "m", true)).hasSize(4); // role, two calls, finish: no usage
    }

    @Test
    void replayWithUsageReassemblesTheWholeCompletion() {
        ObjectNode back = reassembled(replay.chunks(TEXT, "chatcmpl-new", CREATED, "gpt-4o-mini", true), TEXT.get("usage"));

        assertThat(back).isEqualTo(replay.completion(TEXT, "chatcmpl-new", CREATED, "gpt-4o-mini"));
    }
}
