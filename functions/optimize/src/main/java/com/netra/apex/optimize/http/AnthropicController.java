package com.netra.apex.optimize.http;

import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.optimize.relay.MessagesRelay;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import reactor.core.publisher.Mono;

/** The Anthropic-compatible surface: {@code POST /v1/messages}, errors in Anthropic's format. */
@Requires(property = "apex.gateway.enabled", notEquals = "false")
@Controller("/v1")
public class AnthropicController {

    private final CallerAuth auth;
    private final MessagesRelay messages;

    public AnthropicController(CallerAuth auth, MessagesRelay messages) {
        this.auth = auth;
        this.messages = messages;
    }

    @Post(uri = "/messages", consumes = MediaType.ALL, produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
    public Mono<MutableHttpResponse<?>> messages(HttpRequest<?> request, @Body @Nullable byte[] body) {
        String version = request.getHeaders().get("anthropic-version");
        String beta = request.getHeaders().get("anthropic-beta");
        return auth.authenticate(request)
                .flatMap(principal -> messages.handle(principal, ApexHeaders.of(request), body, version, beta))
                .<MutableHttpResponse<?>>map(Responses::toHttp)
                .onErrorResume(e -> Responses.error(e, GatewayError::toAnthropicJson));
    }
}
