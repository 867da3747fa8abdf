package com.netra.apex.optimize.upstream;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One request/response on a pooled connection: reports the status and headers as soon as they arrive,
 * then each body chunk, then the end. Returns the connection to the pool only after a clean, complete
 * keep-alive response; anything else closes it.
 */
final class UpstreamExchange extends SimpleChannelInboundHandler<HttpObject> {

    /** Provider response headers a caller may rely on (rate limits, request ids, processing time). */
    private static final Set<String> FORWARDED_HEADER_PREFIXES = Set.of("x-ratelimit-", "anthropic-ratelimit-",
            "retry-after", "x-request-id", "request-id", "openai-processing-ms", "openai-organization");

    /** Receives the exchange's events, all on the connection's event loop. */
    interface Listener {
        void onHead(int status, Map<String, String> headers);

        void onChunk(byte[] bytes);

        void onEnd();

        void onError(Throwable error);
    }

    private final Listener listener;
    private final Runnable releaseToPool;
    private boolean keepAlive;
    private boolean finished;

    UpstreamExchange(Listener listener, Runnable releaseToPool) {
        super(true);
        this.listener = listener;
        this.releaseToPool = releaseToPool;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
        if (finished) {
            return;
        }
        if (msg instanceof HttpResponse response) {
            keepAlive = HttpUtil.isKeepAlive(response);
            listener.onHead(response.status().code(), forwarded(response.headers()));
        }
        if (msg instanceof HttpContent content && content.content().isReadable()) {
            listener.onChunk(ByteBufUtil.getBytes(content.content()));
        }
        if (msg instanceof LastHttpContent) {
            finished = true;
            ctx.pipeline().remove(this);
            if (keepAlive) {
                releaseToPool.run();
            } else {
                ctx.close();
            }
            listener.onEnd();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        fail(ctx.channel(), new IOException("the provider closed the connection before the response was complete"));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx.channel(), cause);
    }

    /** Abandons the exchange (caller gone or timed out): the connection cannot be reused mid-response. */
    void abandon(Channel channel) {
        finished = true;
        channel.close();
    }

    private void fail(Channel channel, Throwable cause) {
        if (!finished) {
            finished = true;
            channel.close();
            listener.onError(cause);
        }
    }

    private static Map<String, String> forwarded(HttpHeaders headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> h : headers) {
            String lower = h.getKey().toLowerCase();
            for (String prefix : FORWARDED_HEADER_PREFIXES) {
                if (lower.startsWith(prefix)) {
                    out.put(lower, h.getValue());
                }
            }
        }
        return out;
    }
}
