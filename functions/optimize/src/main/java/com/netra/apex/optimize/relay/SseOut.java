package com.netra.apex.optimize.relay;

/** One server-sent event to write to the caller; {@code event} is null for OpenAI's unnamed events. */
public record SseOut(String event, String data) {

    public static final SseOut DONE = new SseOut(null, "[DONE]");
}
