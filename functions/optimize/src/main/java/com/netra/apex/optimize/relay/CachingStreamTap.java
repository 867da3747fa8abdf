package com.netra.apex.optimize.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.protocol.ChatStreamAssembler;
import com.netra.apex.core.protocol.SseParser.SseEvent;
import com.netra.apex.core.protocol.UsageExtraction;
import com.netra.apex.core.usage.TokenUsage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Passes a chat stream through unchanged while rebuilding the whole completion from the chunks the caller
 * receives; when the stream ends normally the completion is handed on to be cached. A stream that breaks
 * off or is abandoned is never cached.
 */
final class CachingStreamTap implements StreamTap {

    private final StreamTap inner;
    private final ObjectMapper json;
    private final ChatStreamAssembler assembler;
    private final BiConsumer<ObjectNode, TokenUsage> onComplete;

    CachingStreamTap(StreamTap inner, ObjectMapper json, BiConsumer<ObjectNode, TokenUsage> onComplete) {
        this.inner = inner;
        this.json = json;
        this.assembler = new ChatStreamAssembler(json);
        this.onComplete = onComplete;
    }

    @Override
    public List<SseOut> onEvent(SseEvent event) {
        return observe(inner.onEvent(event));
    }

    @Override
    public List<SseOut> onEnd() {
        List<SseOut> last = observe(inner.onEnd());
        TokenUsage usage = inner.providerUsage();
        if (usage != null) {
            Optional<ObjectNode> completion = assembler.completion(UsageExtraction.toOpenAi(usage));
            completion.ifPresent(c -> onComplete.accept(c, usage));
        }
        return last;
    }

    private List<SseOut> observe(List<SseOut> out) {
        for (SseOut e : out) {
            if (e.data() != null && e.data().startsWith("{")) {
                try {
                    JsonNode chunk = json.readTree(e.data());
                    if (chunk.path("object").asText().equals("chat.completion.chunk")) {
                        assembler.accept(chunk);
                    }
                } catch (IOException notJson) {
                    // not a chunk (a provider's comment or error event): nothing to cache from it
                }
            }
        }
        return out;
    }

    @Override
    public TokenUsage providerUsage() {
        return inner.providerUsage();
    }

    @Override
    public TokenUsage partialUsage() {
        return inner.partialUsage();
    }

    @Override
    public String servedModel() {
        return inner.servedModel();
    }

    @Override
    public boolean sawOutput() {
        return inner.sawOutput();
    }

    @Override
    public CharSequence generatedText() {
        return inner.generatedText();
    }
}
