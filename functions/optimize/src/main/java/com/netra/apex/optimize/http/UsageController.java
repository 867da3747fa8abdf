package com.netra.apex.optimize.http;

import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.usage.UsageStore;
import com.netra.apex.core.usage.UsageSummary;
import com.netra.apex.core.usage.UsageSummaryJson;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@code GET /v1/usage?days=N}: the calling tenant's own usage; a key never sees another tenant's. */
@Requires(property = "apex.gateway.enabled", notEquals = "false")
@Controller("/v1")
public class UsageController {

    private final CallerAuth auth;
    private final UsageStore usage;
    private final Clock clock;

    public UsageController(CallerAuth auth, UsageStore usage, Clock clock) {
        this.auth = auth;
        this.usage = usage;
        this.clock = clock;
    }

    @Get(uri = "/usage", produces = MediaType.APPLICATION_JSON)
    public Mono<MutableHttpResponse<?>> usage(HttpRequest<?> request, @QueryValue @Nullable Integer days) {
        int window = days == null ? 30 : Math.max(1, Math.min(days, 366));
        return auth.authenticate(request)
                .publishOn(Schedulers.boundedElastic())
                .<MutableHttpResponse<?>>map(p -> {
                    Instant to = clock.instant().plusSeconds(1);
                    UsageSummary summary = UsageSummary.of(p.tenantId(), usage.query(p.tenantId(), to.minus(Duration.ofDays(window)), to));
                    return HttpResponse.ok(UsageSummaryJson.of(summary, window).toString()).contentType(MediaType.APPLICATION_JSON_TYPE);
                })
                .onErrorResume(e -> Responses.error(e, GatewayError::toOpenAiJson));
    }
}
