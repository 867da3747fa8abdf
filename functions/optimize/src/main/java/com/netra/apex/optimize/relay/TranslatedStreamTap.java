package com.netra.apex.optimize.relay;

import com.netra.apex.core.protocol.AnthropicToOpenAiStream;
import com.netra.apex.core.protocol.SseParser.SseEvent;
import com.netra.apex.core.usage.TokenUsage;
import java.util.ArrayList;
import java.util.List;

/** An Anthropic stream answered to an OpenAI-format caller: translated chunk by chunk. */
final class TranslatedStreamTap implements StreamTap {

    private final AnthropicToOpenAiStream translator;
    private final AnthropicStreamTap meterTap;

    TranslatedStreamTap(AnthropicToOpenAiStream translator, AnthropicStreamTap meterTap) {
        this.translator = translator;
        this.meterTap = meterTap;
    }

    @Override
    public List<SseOut> onEvent(SseEvent event) {
        meterTap.onEvent(event);
        List<String> chunks = translator.onEvent(event.event(), event.data());
        List<SseOut> out = new ArrayList<>(chunks.size());
        for (String chunk : chunks) {
            out.add(new SseOut(null, chunk));
        }
        return out;
    }

    @Override
    public List<SseOut> onEnd() {
        return translator.error().isPresent() ? List.of() : List.of(SseOut.DONE);
    }

    @Override
    public TokenUsage providerUsage() {
        return translator.finishReason() != null ? translator.tokenUsage() : null;
    }

    @Override
    public TokenUsage partialUsage() {
        return meterTap.partialUsage();
    }

    @Override
    public String servedModel() {
        return meterTap.servedModel();
    }

    @Override
    public boolean sawOutput() {
        return meterTap.sawOutput();
    }

    @Override
    public CharSequence generatedText() {
        return meterTap.generatedText();
    }
}
