package io.cloudgate.gateway.http;

import io.cloudgate.gateway.Outcome;
import io.cloudgate.gateway.RequestPipeline;
import io.cloudgate.protocol.wire.WireRequest;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each complete request to the pipeline on a virtual thread and writes the answer back on the event loop,
 * one request of a connection at a time. Requests a client pipelines behind the one being answered wait here, in
 * order, and reading pauses while any wait; a client that waits for each answer (nearly all do) never pauses
 * reading, which spares two epoll updates per request.
 */
final class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    private final RequestPipeline pipeline;
    private final ExecutorService operations;
    private final InFlight inFlight;
    private final AccessLog accessLog;
    private final BooleanSupplier draining;
    // Both touched on the event loop only.
    private final Queue<FullHttpRequest> waiting = new ArrayDeque<>();
    private boolean answering;
    private String remote;

    RequestHandler(RequestPipeline pipeline, ExecutorService operations, InFlight inFlight, AccessLog accessLog,
                   BooleanSupplier draining) {
        this.pipeline = pipeline;
        this.operations = operations;
        this.inFlight = inFlight;
        this.accessLog = accessLog;
        this.draining = draining;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (answering) {
            waiting.add(request.retain());
            ctx.channel().config().setAutoRead(false);
            return;
        }
        answer(ctx, request);
    }

    private void answer(ChannelHandlerContext ctx, FullHttpRequest request) {
        long start = System.nanoTime();
        String requestId = RequestIds.next();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        WireRequest wire = NettyMessages.toWire(request);
        if (request.decoderResult().isFailure()) {
            Outcome outcome = pipeline.refuse(wire, requestId, 400, "BadRequest", "The HTTP request could not be parsed.");
            accessLog.record(requestId, remote(ctx), outcome, start);
            ctx.writeAndFlush(NettyMessages.toNetty(outcome.response(), requestId, false))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        answering = true;
        inFlight.started();
        String client = remote(ctx);
        operations.execute(() -> {
            Outcome outcome = handleOrFail(wire, requestId);
            accessLog.record(requestId, client, outcome, start);
            ctx.channel().eventLoop().execute(() -> write(ctx, outcome, requestId, keepAlive));
        });
    }

    /** The client's address as the access log writes it, rendered once per connection (on its event loop). */
    private String remote(ChannelHandlerContext ctx) {
        if (remote == null) {
            remote = String.valueOf(ctx.channel().remoteAddress());
        }
        return remote;
    }

    /** The pipeline renders every exception; an Error (e.g. stack overflow) still gets an answer here. */
    private Outcome handleOrFail(WireRequest wire, String requestId) {
        try {
            return pipeline.handle(wire, requestId);
        } catch (Error e) {
            LOG.error("Request {} failed", requestId, e);
            return pipeline.refuse(wire, requestId, 500, "InternalFailure",
                    "The request processing has failed because of an unknown error.");
        }
    }

    private void write(ChannelHandlerContext ctx, Outcome outcome, String requestId, boolean keepAlive) {
        boolean keepOpen = keepAlive && !draining.getAsBoolean();
        ChannelFuture future = ctx.writeAndFlush(NettyMessages.toNetty(outcome.response(), requestId, keepOpen));
        future.addListener(done -> inFlight.finished());
        answering = false;
        if (!keepOpen) {
            future.addListener(ChannelFutureListener.CLOSE);
            releaseWaiting();
            return;
        }
        FullHttpRequest next = waiting.poll();
        if (next != null) {
            try {
                answer(ctx, next);
            } finally {
                next.release();
            }
        } else if (!ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    /** A connection idle between requests is closed, unless its answer is still being prepared. */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent idle && idle.state() == IdleState.ALL_IDLE) {
            if (!answering) {
                ctx.close();
            }
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        releaseWaiting();
        super.channelInactive(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        releaseWaiting();
    }

    private void releaseWaiting() {
        for (FullHttpRequest request = waiting.poll(); request != null; request = waiting.poll()) {
            request.release();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
