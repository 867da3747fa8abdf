package com.netra.apex.optimize.upstream;

import com.netra.apex.core.providers.UpstreamTarget;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Sinks;

/**
 * Sends requests to providers over pooled HTTP/1.1 keep-alive connections on the gateway's own Netty
 * event loops. Bodies are bytes: the gateway forwards what the caller sent unless it has a reason to
 * change it, and streams are relayed chunk by chunk as they arrive.
 */
public final class UpstreamClient {

    private final UpstreamConnections connections;

    public UpstreamClient(EventLoopGroup group, Duration connectTimeout) {
        this.connections = new UpstreamConnections(group, connectTimeout);
    }

    /** Sends and reads the whole response; {@code timeout} bounds the wait for all of it. */
    public Mono<UpstreamReply> send(UpstreamTarget target, byte[] body, Duration timeout) {
        return Mono.<UpstreamReply>create(sink -> exchange(target, body, sink, new WholeResponse(sink)))
                .timeout(timeout);
    }

    /** Opens a stream: completes once status and headers arrive; cancelling the body closes the connection. */
    public Mono<UpstreamStream> stream(UpstreamTarget target, byte[] body, Duration timeout) {
        return Mono.<UpstreamStream>create(sink -> exchange(target, body, sink, new StreamedResponse(sink)))
                .timeout(timeout);
    }

    private void exchange(UpstreamTarget target, byte[] body, MonoSink<?> sink, ResponseListener listener) {
        URI uri = URI.create(target.url());
        EventLoop loop = connections.loop();
        Runnable start = () -> connections.acquire(loop, uri).addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                sink.error(f.cause());
                return;
            }
            Channel channel = f.channel();
            UpstreamExchange exchange = new UpstreamExchange(listener, () -> connections.release(channel, uri));
            listener.onAbandon(() -> loop.execute(() -> exchange.abandon(channel)));
            channel.pipeline().addLast("exchange", exchange);
            channel.writeAndFlush(request(uri, target.headers(), body)).addListener(w -> {
                if (!w.isSuccess()) {
                    exchange.exceptionCaught(channel.pipeline().context(exchange), w.cause());
                }
            });
        });
        if (loop.inEventLoop()) {
            start.run();
        } else {
            loop.execute(start);
        }
    }

    private static FullHttpRequest request(URI uri, Map<String, String> headers, byte[] body) {
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, path,
                Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.HOST, uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost())
                .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        headers.forEach(request.headers()::set);
        return request;
    }

    /** Listener plus the hook that lets a cancelled caller abandon the exchange. */
    private abstract static class ResponseListener implements UpstreamExchange.Listener {
        private volatile Runnable abandon = () -> { };

        void onAbandon(Runnable action) {
            abandon = action;
        }

        void abandon() {
            abandon.run();
        }
    }

    /** Collects the whole body, then completes. */
    private static final class WholeResponse extends ResponseListener {
        private final MonoSink<UpstreamReply> sink;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
        private int status;
        private Map<String, String> headers;

        WholeResponse(MonoSink<UpstreamReply> sink) {
            this.sink = sink;
            sink.onCancel(this::abandon);
        }

        @Override
        public void onHead(int status, Map<String, String> headers) {
            this.status = status;
            this.headers = headers;
        }

        @Override
        public void onChunk(byte[] bytes) {
            body.writeBytes(bytes);
        }

        @Override
        public void onEnd() {
            sink.success(new UpstreamReply(status, headers, body.toByteArray()));
        }

        @Override
        public void onError(Throwable error) {
            sink.error(error);
        }
    }

    /** Completes with the head at once; the body flows through a single-subscriber sink. */
    private static final class StreamedResponse extends ResponseListener {
        private final MonoSink<UpstreamStream> sink;
        private final Sinks.Many<byte[]> chunks = Sinks.many().unicast().onBackpressureBuffer();
        private boolean headSent;

        StreamedResponse(MonoSink<UpstreamStream> sink) {
            this.sink = sink;
            sink.onCancel(this::abandon);
        }

        @Override
        public void onHead(int status, Map<String, String> headers) {
            headSent = true;
            Flux<byte[]> body = chunks.asFlux().doOnCancel(this::abandon);
            sink.success(new UpstreamStream(status, headers, body));
        }

        @Override
        public void onChunk(byte[] bytes) {
            chunks.tryEmitNext(bytes);
        }

        @Override
        public void onEnd() {
            chunks.tryEmitComplete();
        }

        @Override
        public void onError(Throwable error) {
            if (headSent) {
                chunks.tryEmitError(error);
            } else {
                sink.error(error);
            }
        }
    }
}
