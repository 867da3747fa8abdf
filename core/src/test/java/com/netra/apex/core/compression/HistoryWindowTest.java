package com.netra.apex.core.compression;

import static com.netra.apex.core.compression.ChatCompressionTest.chat;
import static com.netra.apex.core.compression.ChatCompressionTest.message;
import static com.netra.apex.core.compression.ChatCompressionTest.withMessages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.usage.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryWindowTest {

    private static List<String> contents(ObjectNode request) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : request.get("messages")) {
            out.add(m.path("role").asText() + ":" + m.path("content").asText());
        }
        return out;
    }

    @Test
    void keepsSystemMessagesAndTheLastTurns() {
        ObjectNode request = withMessages(message("system", "Be brief."), message("user", "u1"),
                message("assistant", "a1"), message("developer", "No emojis."), message("user", "u2"),
                message("assistant", "a2"), message("user", "u3"));
        CompressionResult result = new PromptCompressor(3).compressChat(request, CompressionLevel.LOSSY);
        assertThat(contents(result.request()))
                .containsExactly("system:Be brief.", "developer:No emojis.", "user:u2", "assistant:a2", "user:u3");
        long dropped = TokenCounter.count("u1") + TokenCounter.count("a1") + 2 * PromptTokens.PER_MESSAGE;
        assertThat(result.tokensSavedByRule()).containsExactlyEntriesOf(java.util.Map.of("history_window", dropped));
        assertThat(result.tokensSaved()).isEqualTo(dropped);
    }

    @Test
    void losslessNeverDropsTurns() {
        ObjectNode request = withMessages(message("user", "u1"), message("assistant", "a1"), message("user", "u2"));
        assertThat(new PromptCompressor(1).compressChat(request, CompressionLevel.LOSSLESS).request()).isSameAs(request);
    }

    @Test
    void aShortConversationIsLeftAsTheSameInstance() {
        ObjectNode request = withMessages(message("system", "s"), message("user", "u1"), message("assistant", "a1"));
        assertThat(new PromptCompressor(2).compressChat(request, CompressionLevel.LOSSY).request()).isSameAs(request);
    }

    @Test
    void neverOrphansAToolResult() throws Exception {
        ObjectNode request = chat("""
                [{"role":"system","content":"Use tools."},
                 {"role":"user","content":"old question"},
                 {"role":"user","content":"Weather in Paris and Rome?"},
                 {"role":"assistant","content":null,"tool_calls":[
                   {"id":"c1","type":"function","function":{"name":"weather","arguments":"{\\"city\\":\\"Paris\\"}"}},
                   {"id":"c2","type":"function","function":{"name":"weather","arguments":"{\\"city\\":\\"Rome\\"}"}}]},
                 {"role":"tool","tool_call_id":"c1","content":"18C"},
                 {"role":"tool","tool_call_id":"c2","content":"24C"},
                 {"role":"assistant","content":"Paris 18C, Rome 24C."}]
                """);
        // A window of 2 would open on the tool result for c2; it must widen to the assistant's tool call.
        CompressionResult result = new PromptCompressor(2).compressChat(request, CompressionLevel.LOSSY);
        List<String> roles = new ArrayList<>();
        result.request().get("messages").forEach(m -> roles.add(m.get("role").asText()));
        assertThat(roles).containsExactly("system", "assistant", "tool", "tool", "assistant");
        assertThat(result.request().at("/messages/1/tool_calls/1/id").asText()).isEqualTo("c2");
        assertThat(result.tokensSavedByRule()).containsOnlyKeys("history_window");
    }

    @Test
    void everyKeptToolResultHasItsCall() throws Exception {
        ObjectNode request = chat("""
                [{"role":"user","content":"q"},
                 {"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]},
                 {"role":"tool","tool_call_id":"c1","content":"r1"},
                 {"role":"assistant","tool_calls":[{"id":"c2","type":"function","function":{"name":"f","arguments":"{}"}}]},
                 {"role":"tool","tool_call_id":"c2","content":"r2"},
                 {"role":"assistant","content":"done"}]
                """);
        for (int window = 1; window <= 6; window++) {
            ObjectNode kept = new PromptCompressor(window).compressChat(request, CompressionLevel.LOSSY).request();
            List<String> calls = new ArrayList<>();
            for (JsonNode m : kept.get("messages")) {
                m.path("tool_calls").forEach(c -> calls.add(c.get("id").asText()));
                if (m.get("role").asText().equals("tool")) {
                    assertThat(calls).as("window " + window).contains(m.get("tool_call_id").asText());
                }
            }
            assertThat(kept.get("messages").size()).isGreaterThanOrEqualTo(Math.min(window, 6));
        }
    }

    @Test
    void rejectsAnEmptyWindow() {
        assertThatThrownBy(() -> new PromptCompressor(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
