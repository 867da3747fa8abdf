package com.netra.apex.optimize.upstream;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.FastThreadLocal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * Keep-alive connections to providers, pooled per event loop and origin. A request is served on the
 * event loop it arrived on, with a connection that lives on that same loop, so a proxied call never
 * changes threads and the pools need no locks.
 */
final class UpstreamConnections {

    private final EventLoopGroup group;
    private final SslContext tls;
    private final int connectTimeoutMillis;
    private final FastThreadLocal<Map<String, ArrayDeque<Channel>>> idleByOrigin = new FastThreadLocal<>() {
        @Override
        protected Map<String, ArrayDeque<Channel>> initialValue() {
            return new HashMap<>();
        }
    };

    UpstreamConnections(EventLoopGroup group, Duration connectTimeout) {
        this.group = group;
        this.connectTimeoutMillis = (int) connectTimeout.toMillis();
        try {
            this.tls = SslContextBuilder.forClient().build();
        } catch (SSLException e) {
            throw new IllegalStateException("TLS is unavailable for provider connections", e);
        }
    }

    /** The loop to run an exchange on: the caller's own if it is one of ours, else the next one. */
    EventLoop loop() {
        for (var executor : group) {
            if (executor.inEventLoop() && executor instanceof EventLoop loop) {
                return loop;
            }
        }
        return group.next();
    }

    /** An idle pooled connection or a new one; must be called on {@code loop}. */
    ChannelFuture acquire(EventLoop loop, URI origin) {
        ArrayDeque<Channel> idle = idleByOrigin.get().get(key(origin));
        while (idle != null && !idle.isEmpty()) {
            Channel channel = idle.pollLast();
            if (channel.isActive()) {
                return channel.newSucceededFuture();
            }
        }
        return connect(loop, origin);
    }

    /** Returns a connection whose exchange completed cleanly; called on its loop. */
    void release(Channel channel, URI origin) {
        if (channel.isActive()) {
            idleByOrigin.get().computeIfAbsent(key(origin), k -> new ArrayDeque<>()).addLast(channel);
        }
    }

    private ChannelFuture connect(EventLoop loop, URI origin) {
        boolean https = "https".equalsIgnoreCase(origin.getScheme());
        String host = origin.getHost();
        int port = origin.getPort() > 0 ? origin.getPort() : https ? 443 : 80;
        return new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        if (https) {
                            ch.pipeline().addLast(tls.newHandler(ch.alloc(), host, port));
                        }
                        ch.pipeline().addLast("http", new HttpClientCodec());
                    }
                })
                .connect(host, port);
    }

    private static String key(URI origin) {
        return origin.getScheme() + "://" + origin.getHost() + ":" + origin.getPort();
    }
}
