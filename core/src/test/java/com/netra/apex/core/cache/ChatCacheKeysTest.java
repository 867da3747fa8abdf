package com.netra.apex.core.cache;

import static com.netra.apex.core.cache.CacheJson.chat;
import static com.netra.apex.core.cache.CacheJson.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChatCacheKeysTest {

    private static ObjectNode changed(Consumer<ObjectNode> change) {
        ObjectNode request = chat();
        change.accept(request);
        return request;
    }

    private static ObjectNode message(ObjectNode request, int index) {
        return (ObjectNode) request.withArray("messages").get(index);
    }

    private static String scope(ObjectNode request) {
        return ChatCacheKeys.semantic(request).orElseThrow().scope();
    }

    @Test
    void anOrdinaryRequestIsCacheable() {
        assertThat(ChatCacheKeys.notCacheable(chat(), 1.0)).isEmpty();
        assertThat(ChatCacheKeys.notCacheable(changed(r -> r.put("n", 1)), 1.0)).isEmpty();
    }

    @Test
    void severalSamplesAreNotCacheable() {
        assertThat(ChatCacheKeys.notCacheable(changed(r -> r.put("n", 2)), 1.0)).hasValueSatisfying(
                reason -> assertThat(reason).contains("n > 1"));
    }

    @Test
    void aTemperatureAboveTheLimitIsNotCacheableAndTheLimitItselfIs() {
        assertThat(ChatCacheKeys.notCacheable(changed(r -> r.put("temperature", 0.8)), 0.7)).hasValueSatisfying(
                reason -> assertThat(reason).contains("temperature 0.8").contains("0.7"));
        assertThat(ChatCacheKeys.notCacheable(changed(r -> r.put("temperature", 0.7)), 0.7)).isEmpty();
        assertThat(ChatCacheKeys.notCacheable(changed(r -> r.put("temperature", 0)), 0.0)).isEmpty();
    }

    @Test
    void anAbsentTemperatureCountsAsOne() {
        ObjectNode noTemperature = changed(r -> r.remove("temperature"));

        assertThat(ChatCacheKeys.notCacheable(noTemperature, 0.99)).hasValueSatisfying(
                reason -> assertThat(reason).contains("temperature 1.0"));
        assertThat(ChatCacheKeys.notCacheable(noTemperature, 1.0)).isEmpty();
        assertThat(ChatCacheKeys.notCacheable(changed(r -> r.putNull("temperature")), 0.99)).isPresent();
    }

    @Test
    void nonTextOutputModalitiesAreNotCacheable() {
        assertThat(ChatCacheKeys.notCacheable(changed(r -> r.putArray("modalities").add("text").add("audio")), 1.0))
                .hasValue("non-text output modalities");
        assertThat(ChatCacheKeys.notCacheable(changed(r -> r.putArray("modalities").add("text")), 1.0)).isEmpty();
    }

    @Test
    void theExactKeyIsTheChatEndpointsKey() {
        assertThat(ChatCacheKeys.exact(chat())).isEqualTo(ExactCacheKey.of("chat", chat()));
    }

    @Test
    void theSemanticTextIsTheLastUserMessage() {
        SemanticQuery query = ChatCacheKeys.semantic(chat()).orElseThrow();

        assertThat(query.text()).isEqualTo("And of Italy?");
        assertThat(query.scope()).matches("[0-9a-f]{64}");
    }

    @Test
    void textPartsAreJoinedByNewlines() {
        ObjectNode request = changed(r -> message(r, 3).putArray("content")
                .add(obj("{'type':'text','text':'first'}")).add(obj("{'type':'text','text':'second'}")));

        assertThat(ChatCacheKeys.semantic(request).orElseThrow().text()).isEqualTo("first\nsecond");
    }

    @Test
    void theScopeIgnoresTheLastMessageSoParaphrasesShareIt() {
        ObjectNode paraphrase = changed(r -> message(r, 3).put("content", "What about Italy?"));

        assertThat(scope(paraphrase)).isEqualTo(scope(chat()));
        assertThat(scope(changed(r -> r.put("stream", true)))).isEqualTo(scope(chat()));
    }

    @Test
    void theScopeCoversEveryEarlierTurnTheSystemPromptAndTheParameters() {
        assertThat(scope(changed(r -> message(r, 1).put("content", "What is the capital of Germany?"))))
                .isNotEqualTo(scope(chat()));
        assertThat(scope(changed(r -> message(r, 2).put("content", "Berlin.")))).isNotEqualTo(scope(chat()));
        assertThat(scope(changed(r -> message(r, 0).put("content", "You answer in French."))))
                .isNotEqualTo(scope(chat()));
        assertThat(scope(changed(r -> r.put("model", "gpt-4o-mini")))).isNotEqualTo(scope(chat()));
        assertThat(scope(changed(r -> r.put("temperature", 0.0)))).isNotEqualTo(scope(chat()));
        assertThat(scope(changed(r -> r.put("tool_choice", "none")))).isNotEqualTo(scope(chat()));
    }

    @Test
    void theScopeIsNotTheExactKey() {
        ObjectNode single = obj("{'model':'gpt-4o','messages':[{'role':'user','content':'hi'}]}");
        ObjectNode none = obj("{'model':'gpt-4o','messages':[]}");

        assertThat(scope(single)).isNotEqualTo(ChatCacheKeys.exact(none));
    }

    @Test
    void thereIsNoSemanticQueryForAnImageOrANonUserLastMessage() {
        ObjectNode withImage = changed(r -> message(r, 3).putArray("content")
                .add(obj("{'type':'text','text':'What is this?'}"))
                .add(obj("{'type':'image_url','image_url':{'url':'https://x/y.png'}}")));
        ObjectNode endsWithAssistant = changed(r -> r.withArray("messages").addObject()
                .put("role", "assistant").put("content", "Rome."));
        ObjectNode endsWithTool = changed(r -> r.withArray("messages").addObject()
                .put("role", "tool").put("tool_call_id", "c1").put("content", "42"));

        assertThat(ChatCacheKeys.semantic(withImage)).isEmpty();
        assertThat(ChatCacheKeys.semantic(endsWithAssistant)).isEmpty();
        assertThat(ChatCacheKeys.semantic(endsWithTool)).isEmpty();
        assertThat(ChatCacheKeys.semantic(changed(r -> message(r, 3).put("content", "  ")))).isEmpty();
        assertThat(ChatCacheKeys.semantic(changed(r -> r.putArray("messages")))).isEmpty();
        assertThat(ChatCacheKeys.semantic(changed(r -> r.remove("messages")))).isEmpty();
    }

    @Test
    void theSemanticQueryDoesNotModifyTheRequest() {
        ObjectNode request = chat();
        ChatCacheKeys.semantic(request);

        assertThat(request).isEqualTo(chat());
    }

    @Test
    void answersThatFinishedNormallyAreCacheable() {
        for (String reason : new String[] {"stop", "tool_calls", "length"}) {
            assertThat(ChatCacheKeys.answerCacheable(obj("{'choices':[{'index':0,'finish_reason':'" + reason + "'}]}")))
                    .as(reason).isTrue();
        }
    }

    @Test
    void filteredUnfinishedOrEmptyAnswersAreNotCacheable() {
        assertThat(ChatCacheKeys.answerCacheable(obj("{'choices':[{'finish_reason':'content_filter'}]}"))).isFalse();
        assertThat(ChatCacheKeys.answerCacheable(obj("{'choices':[{'finish_reason':null}]}"))).isFalse();
        assertThat(ChatCacheKeys.answerCacheable(obj("{'choices':[]}"))).isFalse();
        assertThat(ChatCacheKeys.answerCacheable(obj("{'error':{'message':'x'}}"))).isFalse();
        assertThat(ChatCacheKeys.answerCacheable(obj(
                "{'choices':[{'finish_reason':'stop'},{'finish_reason':'content_filter'}]}"))).isFalse();
    }
}
