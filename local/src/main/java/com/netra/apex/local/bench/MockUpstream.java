package com.netra.apex.local.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpUtil;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal OpenAI-compatible upstream on 127.0.0.1: {@code POST /v1/chat/completions} answers a fixed
 * chat.completion, or a short SSE stream when the body asks for {@code "stream":true}. Responses are
 * serialized once and only the request line and headers are parsed, so it costs a few µs per request and
 * the benchmark measures the gateway, not the mock. One event-loop thread, like a single busy provider edge.
 */
public final class MockUpstream implements AutoCloseable {

    private static final String PATH = "/v1/chat/completions";
    private static final ByteBuf STREAM_MARKER = constant("\"stream\":true".getBytes(StandardCharsets.US_ASCII));
    private static final ByteBuf SPACED_STREAM_MARKER = constant("\"stream\": true".getBytes(StandardCharsets.US_ASCII));
    private static final ByteBuf COMPLETION = constant(MockPayloads.completionResponse());
    private static final ByteBuf STREAM = constant(MockPayloads.streamResponse());
    private static final ByteBuf NOT_FOUND = constant(MockPayloads.notFoundResponse());

    private final EventLoopGroup group;
    private final Channel server;
    private final AtomicLong served;

    private MockUpstream(EventLoopGroup group, Channel server, AtomicLong served) {
        this.group = group;
        this.server = server;
        this.served = served;
    }

    /** Starts on a free port of 127.0.0.1. */
    public static MockUpstream start() throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        AtomicLong served = new AtomicLong();
        Handler handler = new Handler(served);
        try {
            Channel ch = new ServerBootstrap().group(group)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel c) {
                            c.pipeline().addLast(new HttpRequestDecoder(), new HttpObjectAggregator(1 << 20),
                                    handler);
                        }
                    })
                    .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
            return new MockUpstream(group, ch, served);
        } catch (RuntimeException | InterruptedException e) {
            group.shutdownGracefully();
            throw e;
        }
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) server.localAddress();
    }

    /** The base URL a provider is configured with, including {@code /v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + address().getPort() + "/v1";
    }

    public long served() {
        return served.get();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Shares the precomputed responses; writes wait for channelReadComplete so pipelined requests flush once. */
    @ChannelHandler.Sharable
    private static final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {

        private final AtomicLong served;

        Handler(AtomicLong served) {
            this.served = served;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            served.incrementAndGet();
            ByteBuf answer = answerFor(request);
            if (HttpUtil.isKeepAlive(request)) {
                ctx.write(answer.duplicate());
            } else {
                ctx.writeAndFlush(answer.duplicate()).addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close(); // a client went away mid-request; nothing to report in a benchmark
        }

        private ByteBuf answerFor(FullHttpRequest request) {
            if (request.method() != HttpMethod.POST || !request.uri().startsWith(PATH)) {
                return NOT_FOUND;
            }
            // A byte search, not a JSON parse: the mock must stay far cheaper than the gateway it measures.
            ByteBuf body = request.content();
            boolean streamed = ByteBufUtil.indexOf(STREAM_MARKER, body) >= 0
                    || ByteBufUtil.indexOf(SPACED_STREAM_MARKER, body) >= 0;
            return streamed ? STREAM : COMPLETION;
        }
    }

    /** Shared by all connections; each write sends a duplicate so readers never disturb each other's indexes. */
    private static ByteBuf constant(byte[] bytes) {
        return Unpooled.unreleasableBuffer(Unpooled.directBuffer(bytes.length).writeBytes(bytes));
    }
}
