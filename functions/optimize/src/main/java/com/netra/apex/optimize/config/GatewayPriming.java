package com.netra.apex.optimize.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.compression.CompressionLevel;
import com.netra.apex.core.compression.PromptCompressor;
import com.netra.apex.core.optimize.ResponseCaching;
import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.protocol.AnthropicToOpenAiResponse;
import com.netra.apex.core.protocol.OpenAiToAnthropicRequest;
import com.netra.apex.core.tenancy.ApiKeyStore;
import com.netra.apex.core.tenancy.ApiKeys;
import com.netra.apex.core.usage.TokenCounter;
import com.netra.apex.core.usage.TokenUsage;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms the hot path once at start so a SnapStart snapshot (taken after init) already holds loaded
 * classes, parsed price tables and a used DynamoDB client. Read-only: no ids, secrets or writes.
 */
@Singleton
@Requires(property = "apex.prime", value = "true")
public class GatewayPriming implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayPriming.class);
    private static final String SAMPLE = """
            {"model":"claude-haiku-4-5","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"hi"}],"stream":true}""";

    private final PriceTable prices;
    private final ApiKeys keys;
    private final ApiKeyStore keyStore;
    private final ObjectMapper json;
    private final ResponseCaching caching;

    public GatewayPriming(PriceTable prices, ApiKeys keys, ApiKeyStore keyStore, @Named("apex") ObjectMapper json,
                          ResponseCaching caching) {
        this.caching = caching;
        this.prices = prices;
        this.keys = keys;
        this.keyStore = keyStore;
        this.json = json;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        long started = System.nanoTime();
        try {
            JsonNode request = json.readTree(SAMPLE);
            OpenAiToAnthropicRequest.translate(request, "claude-haiku-4-5");
            AnthropicToOpenAiResponse.translate(json.readTree("{\"content\":[],\"usage\":{}}"), "claude-haiku-4-5", 0);
            prices.cost("openai", "gpt-4o-mini", new TokenUsage(1, 1, 0, 1), LocalDate.now());
            TokenCounter.count("priming");
            new PromptCompressor(20).compressChat((ObjectNode) request, CompressionLevel.LOSSLESS);
            LearnedRouter.shipped().strongProbability("What is the capital of France?");
            caching.warmUp();
            keys.authenticate("apx_malformed");
            keyStore.find("primingprobe0");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Priming did not complete; the first requests after restore will be slower: {}", e.toString());
        }
        LOG.info("Primed the gateway in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
