package com.netra.apex.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.protocol.SseParser.SseEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    private static final String OPENAI_STREAM = """
            data: {"id":"c1","choices":[{"delta":{"content":"Hel"}}]}

            data: {"id":"c1","choices":[{"delta":{"content":"lo"}}]}

            data: [DONE]

            """;

    private static final List<SseEvent> OPENAI_EVENTS = List.of(
            new SseEvent(null, "{\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}"),
            new SseEvent(null, "{\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"lo\"}}]}"),
            new SseEvent(null, "[DONE]"));

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<SseEvent> parseWhole(String stream) {
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>(parser.feed(bytes(stream)));
        events.addAll(parser.finish());
        return events;
    }

    private static List<SseEvent> parseByteByByte(String stream) {
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>();
        for (byte b : bytes(stream)) {
            events.addAll(parser.feed(new byte[] {b}));
        }
        events.addAll(parser.finish());
        return events;
    }

    @Test
    void parsesPlainDataEvents() {
        SseParser parser = new SseParser();
        assertThat(parser.feed(bytes(OPENAI_STREAM))).containsExactlyElementsOf(OPENAI_EVENTS);
        assertThat(parser.finish()).isEmpty();
    }

    @Test
    void eventsSplitAcrossChunksByteByByte() {
        assertThat(parseByteByByte(OPENAI_STREAM)).containsExactlyElementsOf(OPENAI_EVENTS);
    }

    @Test
    void eventsSplitAtEveryPossibleBoundary() {
        byte[] all = bytes(OPENAI_STREAM);
        for (int cut = 0; cut <= all.length; cut++) {
            SseParser parser = new SseParser();
            List<SseEvent> events = new ArrayList<>(parser.feed(all, 0, cut));
            events.addAll(parser.feed(all, cut, all.length - cut));
            assertThat(events).as("cut at %d", cut).containsExactlyElementsOf(OPENAI_EVENTS);
        }
    }

    @Test
    void anEventIsReturnedOnlyOnceItsBlankLineArrives() {
        SseParser parser = new SseParser();
        assertThat(parser.feed(bytes("data: one"))).isEmpty();
        assertThat(parser.feed(bytes("\n"))).isEmpty();
        assertThat(parser.feed(bytes("\n"))).containsExactly(new SseEvent(null, "one"));
    }

    @Test
    void multiByteCharactersSplitAcrossChunksAreDecoded() {
        String stream = "data: héllo wörld 日本語 🎉\n\n";
        assertThat(parseByteByByte(stream)).containsExactly(new SseEvent(null, "héllo wörld 日本語 🎉"));
    }

    @Test
    void crlfLineEndings() {
        String stream = "event: message_start\r\ndata: {\"a\":1}\r\n\r\ndata: b\r\n\r\n";
        List<SseEvent> expected = List.of(new SseEvent("message_start", "{\"a\":1}"), new SseEvent(null, "b"));
        assertThat(parseWhole(stream)).containsExactlyElementsOf(expected);
        assertThat(parseByteByByte(stream)).containsExactlyElementsOf(expected);
    }

    @Test
    void aCrlfSplitBetweenChunksIsOneLineEnd() {
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>(parser.feed(bytes("data: a\r")));
        events.addAll(parser.feed(bytes("\ndata: b\r")));
        events.addAll(parser.feed(bytes("\n\r")));
        events.addAll(parser.feed(bytes("\n")));
        assertThat(events).containsExactly(new SseEvent(null, "a\nb"));
    }

    @Test
    void crLineEndings() {
        String stream = "event: ping\rdata: x\r\rdata: a\rdata: b\r\r";
        List<SseEvent> expected = List.of(new SseEvent("ping", "x"), new SseEvent(null, "a\nb"));
        assertThat(parseWhole(stream)).containsExactlyElementsOf(expected);
        assertThat(parseByteByByte(stream)).containsExactlyElementsOf(expected);
    }

    @Test
    void mixedLineEndings() {
        assertThat(parseWhole("data: a\ndata: b\r\ndata: c\r\n\r")).containsExactly(new SseEvent(null, "a\nb\nc"));
    }

    @Test
    void commentsAndKeepAlivesAreIgnored() {
        String stream = ": keep-alive\n\n:ping\ndata: x\n: in the middle\ndata: y\n\n: OPENROUTER PROCESSING\n\n";
        assertThat(parseWhole(stream)).containsExactly(new SseEvent(null, "x\ny"));
        assertThat(parseWhole(":\n\n: only comments\n\n")).isEmpty();
    }

    @Test
    void multiLineDataIsJoinedWithNewlines() {
        assertThat(parseWhole("data: line1\ndata: line2\ndata: line3\n\n"))
                .containsExactly(new SseEvent(null, "line1\nline2\nline3"));
        assertThat(parseWhole("data: a\ndata:\ndata: b\n\n")).containsExactly(new SseEvent(null, "a\n\nb"));
    }

    @Test
    void namedEventsCarryTheirNameAndItDoesNotLeakIntoTheNext() {
        String stream = """
                event: message_start
                data: {"type":"message_start"}

                event: content_block_delta
                data: {"type":"content_block_delta"}

                data: {"unnamed":true}

                """;
        assertThat(parseWhole(stream)).containsExactly(
                new SseEvent("message_start", "{\"type\":\"message_start\"}"),
                new SseEvent("content_block_delta", "{\"type\":\"content_block_delta\"}"),
                new SseEvent(null, "{\"unnamed\":true}"));
    }

    @Test
    void anEventWithoutDataIsNotDispatchedAndItsNameIsDropped() {
        assertThat(parseWhole("event: ping\n\ndata: x\n\n")).containsExactly(new SseEvent(null, "x"));
    }

    @Test
    void onlyOneLeadingSpaceIsRemovedFromAValue() {
        assertThat(parseWhole("data:no-space\n\ndata:  two spaces\n\ndata: a: b\n\n")).containsExactly(
                new SseEvent(null, "no-space"), new SseEvent(null, " two spaces"), new SseEvent(null, "a: b"));
    }

    @Test
    void otherFieldsAreIgnored() {
        assertThat(parseWhole("id: 7\nretry: 1000\ndata: x\nfoo: bar\n\n")).containsExactly(new SseEvent(null, "x"));
    }

    @Test
    void finishFlushesAnUnterminatedLastEvent() {
        SseParser parser = new SseParser();
        assertThat(parser.feed(bytes("data: first\n\ndata: last"))).containsExactly(new SseEvent(null, "first"));
        assertThat(parser.finish()).containsExactly(new SseEvent(null, "last"));
        assertThat(parser.finish()).isEmpty();
    }

    @Test
    void finishFlushesAnEventMissingOnlyItsBlankLine() {
        SseParser parser = new SseParser();
        assertThat(parser.feed(bytes("event: message_stop\ndata: {}\n"))).isEmpty();
        assertThat(parser.finish()).containsExactly(new SseEvent("message_stop", "{}"));
    }

    @Test
    void finishOnACleanEndReturnsNothing() {
        SseParser parser = new SseParser();
        assertThat(parser.finish()).isEmpty();
        parser.feed(bytes(OPENAI_STREAM));
        assertThat(parser.finish()).isEmpty();
        parser.feed(bytes(": trailing comment"));
        assertThat(parser.finish()).isEmpty();
    }

    @Test
    void feedHonoursOffsetAndLength() {
        byte[] buf = bytes("GARBAGEdata: x\n\nMORE");
        SseParser parser = new SseParser();
        assertThat(parser.feed(buf, 7, 9)).containsExactly(new SseEvent(null, "x"));
        assertThat(parser.finish()).isEmpty();
    }

    @Test
    void manyEventsInOneChunk() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            sb.append("data: ").append(i).append("\n\n");
        }
        List<SseEvent> events = parseWhole(sb.toString());
        assertThat(events).hasSize(500);
        assertThat(events.get(0).data()).isEqualTo("0");
        assertThat(events.get(499).data()).isEqualTo("499");
    }
}
