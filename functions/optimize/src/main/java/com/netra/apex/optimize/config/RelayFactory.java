package com.netra.apex.optimize.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.metering.UsageRecorder;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.promptcache.PromptCachePlanner;
import com.netra.apex.core.providers.ModelCatalog;
import com.netra.apex.core.tenancy.TenantProviderKeys;
import com.netra.apex.optimize.relay.ChatOptimization;
import com.netra.apex.optimize.relay.ChatRelay;
import com.netra.apex.optimize.relay.EmbeddingsRelay;
import com.netra.apex.optimize.relay.MessagesRelay;
import com.netra.apex.optimize.relay.Meter;
import com.netra.apex.optimize.relay.RelayRequests;
import com.netra.apex.optimize.relay.RelayServices;
import com.netra.apex.optimize.upstream.ResilientUpstream;
import com.netra.apex.optimize.upstream.UpstreamClient;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wiring of the relays: one per API surface, sharing the upstream client, breakers and meter. */
@Requires(property = "apex.gateway.enabled", notEquals = "false")
@Factory
public class RelayFactory {

    @Singleton
    Meter meter(PriceTable prices, UsageRecorder recorder) {
        return new Meter(prices, recorder);
    }

    @Singleton
    RelayRequests relayRequests(@Named("apex") ObjectMapper json, ModelCatalog catalog, TenantProviderKeys tenantKeys) {
        return new RelayRequests(json, catalog, tenantKeys);
    }

    @Singleton
    RelayServices relayServices(RelayRequests requests, UpstreamClient upstream, ResilientUpstream resilient, Meter meter, Clock clock) {
        return new RelayServices(requests, upstream, resilient, meter, clock);
    }

    @Singleton
    ChatRelay chatRelay(RelayServices services, ChatOptimization optimization, PromptCachePlanner promptCache) {
        return new ChatRelay(services, optimization, promptCache);
    }

    @Singleton
    MessagesRelay messagesRelay(RelayServices services, ChatOptimization optimization, PromptCachePlanner promptCache) {
        return new MessagesRelay(services, optimization, promptCache);
    }

    @Singleton
    EmbeddingsRelay embeddingsRelay(RelayServices services) {
        return new EmbeddingsRelay(services);
    }
}
