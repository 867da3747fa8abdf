package com.netra.apex.optimize.relay;

import com.netra.apex.core.metering.UsageRecorder;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.providers.Provider;
import com.netra.apex.core.providers.Route;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;

/** Turns a finished request into its one usage record, priced from the price table. */
public final class Meter {

    private final PriceTable prices;
    private final UsageRecorder recorder;

    public Meter(PriceTable prices, UsageRecorder recorder) {
        this.prices = prices;
        this.recorder = recorder;
    }

    /** What one request produced, for {@link #record}. */
    public record Outcome(Route route, String servedModel, TokenUsage tokens, int status, String outcome,
                          long firstTokenMillis) {
    }

    public CompletionStage<Void> record(RequestContext ctx, Outcome o) {
        String provider = o.route() == null ? null : o.route().provider().name();
        String served = o.servedModel() != null ? o.servedModel()
                : o.route() != null ? o.route().upstreamModel() : null;
        Cost cost = o.route() == null || served == null ? Cost.unpriced()
                : prices.cost(pricingProvider(o.route().provider()), served, o.tokens(),
                        ctx.receivedAt().atZone(ZoneOffset.UTC).toLocalDate());
        if (!cost.priced() && o.tokens().totalTokens() == 0 && o.status() >= 400) {
            cost = Cost.of(Money.ZERO, prices.version()); // a failed call used nothing
        }
        UsageRecord record = new UsageRecord(ctx.requestId(), ctx.principal().tenantId(), ctx.principal().keyId(),
                ctx.receivedAt(), ctx.endpoint(), provider, ctx.requestedModel(), served, ctx.streamed(), o.tokens(),
                cost, o.status(), o.outcome(), ctx.elapsedMillis(), o.firstTokenMillis(), "none");
        return recorder.record(record);
    }

    /** Azure and OpenAI-kind providers bill OpenAI's list prices; others are priced under their own name. */
    static String pricingProvider(Provider p) {
        return switch (p.kind()) {
            case OPENAI, AZURE_OPENAI -> "openai";
            case ANTHROPIC -> "anthropic";
            case OPENAI_COMPATIBLE -> p.name();
        };
    }
}
