package com.netra.apex.optimize.relay;

import com.netra.apex.core.protocol.SseParser.SseEvent;
import com.netra.apex.core.usage.TokenUsage;
import java.util.List;

/**
 * Watches a provider's event stream on its way to the caller: decides what the caller sees and
 * keeps what metering needs (the provider's usage, the served model, the text generated so far).
 */
interface StreamTap {

    /** The events to send the caller for one upstream event. */
    List<SseOut> onEvent(SseEvent event);

    /** Events to send once the upstream stream has ended. */
    default List<SseOut> onEnd() {
        return List.of();
    }

    /** Usage as the provider reported it, or null if it never did (e.g. the caller left early). */
    TokenUsage providerUsage();

    /** Prompt tokens the provider reported before the stream ended (Anthropic's message_start), or null. */
    default TokenUsage partialUsage() {
        return null;
    }

    String servedModel();

    /** True once any generated content has been seen (time to first token). */
    boolean sawOutput();

    /** The text generated so far, for an estimate when the provider's usage never arrives. */
    CharSequence generatedText();
}
