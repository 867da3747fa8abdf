package com.netra.apex.core.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Incremental Server-Sent Events parser: feed it bytes as they arrive, in any chunking, and it
 * returns each complete event once its blank line is seen. Holds at most one partial event.
 */
public final class SseParser {

    /** One event: {@code event} is null for plain {@code data:} events (OpenAI). */
    public record SseEvent(String event, String data) {
    }

    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private String eventName;
    private StringBuilder data;
    private boolean lastWasCr;

    public List<SseEvent> feed(byte[] bytes, int offset, int length) {
        List<SseEvent> events = new ArrayList<>(2);
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b == '\n' && lastWasCr) {
                lastWasCr = false;
                continue;
            }
            lastWasCr = b == '\r';
            if (b == '\n' || b == '\r') {
                endOfLine(events);
            } else {
                line.write(b);
            }
        }
        return events;
    }

    public List<SseEvent> feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    /** The final event of a stream that ended without a trailing blank line, if any. */
    public List<SseEvent> finish() {
        List<SseEvent> events = new ArrayList<>(1);
        if (line.size() > 0) {
            endOfLine(events);
        }
        dispatch(events);
        return events;
    }

    private void endOfLine(List<SseEvent> events) {
        if (line.size() == 0) {
            dispatch(events);
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.startsWith(":")) {
            return; // comment / keep-alive
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if (field.equals("data")) {
            if (data == null) {
                data = new StringBuilder(value);
            } else {
                data.append('\n').append(value);
            }
        } else if (field.equals("event")) {
            eventName = value;
        }
    }

    private void dispatch(List<SseEvent> events) {
        if (data != null) {
            events.add(new SseEvent(eventName, data.toString()));
        }
        data = null;
        eventName = null;
    }
}
