package com.netra.apex.optimize.relay;

import com.netra.apex.core.metering.UsageRecorder;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.optimize.ResponseCaching;
import com.netra.apex.core.savings.Savings;
import com.netra.apex.core.savings.SavingsCalculator;
import com.netra.apex.core.savings.SavingsCause;
import java.time.LocalDate;
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
    private final SavingsCalculator savings;

    public Meter(PriceTable prices, UsageRecorder recorder) {
        this.prices = prices;
        this.recorder = recorder;
        this.savings = new SavingsCalculator(prices);
    }

    /** What one request produced, for {@link #record}. */
    public record Outcome(Route route, String servedModel, TokenUsage tokens, int status, String outcome,
                          long firstTokenMillis) {
    }

    /** How Apex treated a request, for its savings: the cache status and what was applied (null: nothing). */
    public record Optimized(String cacheStatus, SavingsCalculator.Applied applied, boolean holdout) {

        public static final Optimized NONE = new Optimized("none", null, false);
    }

    public CompletionStage<Void> record(RequestContext ctx, Outcome o) {
        return record(ctx, o, Optimized.NONE);
    }

    /** A request answered from Apex's cache: no provider was called, so it cost nothing; the baseline is the answer's tokens. */
    public CompletionStage<Void> recordHit(RequestContext ctx, ResponseCaching.Hit hit, BaselinePrice baseline,
                                           long firstTokenMillis) {
        String status = hit.cause() == SavingsCause.EXACT_CACHE ? "exact" : "semantic";
        Savings saved = savings.forCacheHit(hit.cause(), baseline.provider(), baseline.model(),
                hit.answer().tokens(), day(ctx));
        UsageRecord record = new UsageRecord(ctx.requestId(), ctx.principal().tenantId(), ctx.principal().keyId(),
                ctx.receivedAt(), ctx.endpoint(), hit.answer().provider(), ctx.requestedModel(), hit.answer().servedModel(),
                ctx.streamed(), TokenUsage.NONE, Cost.of(Money.ZERO, prices.version()), 200, UsageRecord.COMPLETED,
                ctx.elapsedMillis(), firstTokenMillis, status, saved, false);
        return recorder.record(record);
    }

    public CompletionStage<Void> record(RequestContext ctx, Outcome o, Optimized optimized) {
        String provider = o.route() == null ? null : o.route().provider().name();
        String served = o.servedModel() != null ? o.servedModel()
                : o.route() != null ? o.route().upstreamModel() : null;
        Cost cost = o.route() == null || served == null ? Cost.unpriced()
                : prices.cost(pricingProvider(o.route().provider()), served, o.tokens(), day(ctx));
        if (!cost.priced() && o.tokens().totalTokens() == 0 && o.status() >= 400) {
            cost = Cost.of(Money.ZERO, prices.version()); // a failed call used nothing
        }
        Savings saved = optimized.applied() == null || o.status() >= 400 || served == null
                ? Savings.none(cost)
                : savings.forServed(optimized.applied(), cost, pricingProvider(o.route().provider()), served, o.tokens(), day(ctx));
        UsageRecord record = new UsageRecord(ctx.requestId(), ctx.principal().tenantId(), ctx.principal().keyId(),
                ctx.receivedAt(), ctx.endpoint(), provider, ctx.requestedModel(), served, ctx.streamed(), o.tokens(),
                cost, o.status(), o.outcome(), ctx.elapsedMillis(), o.firstTokenMillis(), optimized.cacheStatus(),
                saved, optimized.holdout());
        return recorder.record(record);
    }

    private static LocalDate day(RequestContext ctx) {
        return ctx.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Azure and OpenAI-kind providers bill OpenAI's list prices; others are priced under their own name. */
    public static String pricingProvider(Provider p) {
        return switch (p.kind()) {
            case OPENAI, AZURE_OPENAI -> "openai";
            case ANTHROPIC -> "anthropic";
            case OPENAI_COMPATIBLE -> p.name();
        };
    }
}
