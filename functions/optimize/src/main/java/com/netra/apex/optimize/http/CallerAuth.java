package com.netra.apex.optimize.http;

import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.tenancy.ApiKeys;
import com.netra.apex.core.tenancy.Principal;
import com.netra.apex.core.tenancy.TenantProviderKeys;
import com.netra.apex.optimize.relay.GatewayException;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Finds the tenant behind a request from {@code Authorization: Bearer apx_...} or, for Anthropic-style
 * clients, {@code x-api-key}. Cached keys are checked inline; a cache miss reads the store off the event loop.
 */
@Singleton
public class CallerAuth {

    private final ApiKeys keys;
    private final TenantProviderKeys tenantKeys;

    public CallerAuth(ApiKeys keys, TenantProviderKeys tenantKeys) {
        this.keys = keys;
        this.tenantKeys = tenantKeys;
    }

    public Mono<Principal> authenticate(HttpRequest<?> request) {
        String presented = presentedKey(request);
        if (presented == null) {
            return Mono.error(new GatewayException(GatewayError.unauthorized(
                    "No API key: send 'Authorization: Bearer apx_...' (or 'x-api-key: apx_...'). Create one with ./apex keys create --tenant NAME.")));
        }
        Mono<Principal> check = Mono.fromCallable(() -> keys.authenticate(presented)
                .orElseThrow(() -> new GatewayException(GatewayError.unauthorized(
                        "The API key is not valid or has been revoked. Check the key, or create a new one."))));
        Mono<Principal> principal = keys.answerableFromCache(presented) ? check : check.subscribeOn(Schedulers.boundedElastic());
        // Load the tenant's own provider keys now, off the event loop if not cached, so routing never blocks.
        return principal.flatMap(p -> tenantKeys.answerableFromCache(p.tenantId()) ? Mono.just(p)
                : Mono.fromCallable(() -> tenantKeys.forTenant(p.tenantId())).subscribeOn(Schedulers.boundedElastic()).thenReturn(p));
    }

    private static String presentedKey(HttpRequest<?> request) {
        String authorization = request.getHeaders().get("authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        String apiKey = request.getHeaders().get("x-api-key");
        return apiKey == null ? null : apiKey.trim();
    }
}
