package com.netra.apex.optimize.upstream;

import com.netra.apex.core.providers.UpstreamTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends requests to providers over HTTP/1.1 with pooled keep-alive connections. Bodies are bytes:
 * the gateway forwards what the caller sent unless it has a reason to change it.
 */
public final class UpstreamClient {

    /** Provider response headers a caller may rely on (rate limits, request ids, processing time). */
    private static final Set<String> FORWARDED_HEADER_PREFIXES = Set.of("x-ratelimit-", "anthropic-ratelimit-",
            "retry-after", "x-request-id", "request-id", "openai-processing-ms", "openai-organization");

    private final HttpClient http;

    public UpstreamClient(Duration connectTimeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends and reads the whole response; {@code timeout} bounds the wait for the response headers. */
    public Mono<UpstreamReply> send(UpstreamTarget target, byte[] body, Duration timeout) {
        return Mono.fromFuture(() -> http.sendAsync(request(target, body, timeout), HttpResponse.BodyHandlers.ofByteArray()))
                .map(r -> new UpstreamReply(r.statusCode(), forwarded(r.headers()), r.body()));
    }

    /** Opens a stream; the body arrives chunk by chunk and cancelling it closes the connection. */
    public Mono<UpstreamStream> stream(UpstreamTarget target, byte[] body, Duration timeout) {
        return Mono.fromFuture(() -> http.sendAsync(request(target, body, timeout), HttpResponse.BodyHandlers.ofPublisher()))
                .map(r -> new UpstreamStream(r.statusCode(), forwarded(r.headers()),
                        JdkFlowAdapter.flowPublisherToFlux(r.body()).map(UpstreamClient::concat)));
    }

    private static HttpRequest request(UpstreamTarget target, byte[] body, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.url()))
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        target.headers().forEach(b::header);
        return b.build();
    }

    private static Map<String, String> forwarded(HttpHeaders headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.map().forEach((name, values) -> {
            String lower = name.toLowerCase();
            for (String prefix : FORWARDED_HEADER_PREFIXES) {
                if (lower.startsWith(prefix) && !values.isEmpty()) {
                    out.put(lower, values.get(0));
                }
            }
        });
        return out;
    }

    private static byte[] concat(List<ByteBuffer> buffers) {
        int size = 0;
        for (ByteBuffer b : buffers) {
            size += b.remaining();
        }
        byte[] out = new byte[size];
        int pos = 0;
        for (ByteBuffer b : buffers) {
            int n = b.remaining();
            b.get(out, pos, n);
            pos += n;
        }
        return out;
    }
}
