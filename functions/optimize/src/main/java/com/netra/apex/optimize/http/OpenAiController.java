package com.netra.apex.optimize.http;

import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.optimize.relay.ChatRelay;
import com.netra.apex.optimize.relay.EmbeddingsRelay;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import reactor.core.publisher.Mono;

/** The OpenAI-compatible surface: chat completions (streamed or not) and embeddings. */
@Requires(property = "apex.gateway.enabled", notEquals = "false")
@Controller("/v1")
public class OpenAiController {

    private final CallerAuth auth;
    private final ChatRelay chat;
    private final EmbeddingsRelay embeddings;

    public OpenAiController(CallerAuth auth, ChatRelay chat, EmbeddingsRelay embeddings) {
        this.auth = auth;
        this.chat = chat;
        this.embeddings = embeddings;
    }

    @Post(uri = "/chat/completions", consumes = MediaType.ALL, produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
    public Mono<MutableHttpResponse<?>> chatCompletions(HttpRequest<?> request, @Body @Nullable byte[] body) {
        return auth.authenticate(request)
                .flatMap(principal -> chat.handle(principal, ApexHeaders.of(request), body))
                .<MutableHttpResponse<?>>map(Responses::toHttp)
                .onErrorResume(e -> Responses.error(e, GatewayError::toOpenAiJson));
    }

    @Post(uri = "/embeddings", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public Mono<MutableHttpResponse<?>> embeddings(HttpRequest<?> request, @Body @Nullable byte[] body) {
        return auth.authenticate(request)
                .flatMap(principal -> embeddings.handle(principal, body))
                .<MutableHttpResponse<?>>map(Responses::toHttp)
                .onErrorResume(e -> Responses.error(e, GatewayError::toOpenAiJson));
    }
}
