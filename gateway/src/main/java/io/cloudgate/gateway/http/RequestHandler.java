package io.cloudgate.gateway.http;

import io.cloudgate.gateway.Outcome;
import io.cloudgate.gateway.RequestPipeline;
import io.cloudgate.protocol.wire.WireRequest;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each complete request to the pipeline on a virtual thread and writes the answer back on the
 * event loop. Reading pauses while a request is processed, so pipelined requests are answered in order.
 */
final class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    private final RequestPipeline pipeline;
    private final ExecutorService operations;
    private final InFlight inFlight;
    private final BooleanSupplier draining;

    RequestHandler(RequestPipeline pipeline, ExecutorService operations, InFlight inFlight, BooleanSupplier draining) {
        this.pipeline = pipeline;
        this.operations = operations;
        this.inFlight = inFlight;
        this.draining = draining;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        long start = System.nanoTime();
        String requestId = RequestIds.next();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        WireRequest wire = NettyMessages.toWire(request);
        if (request.decoderResult().isFailure()) {
            Outcome outcome = pipeline.refuse(wire, requestId, 400, "BadRequest", "The HTTP request could not be parsed.");
            AccessLog.record(requestId, String.valueOf(ctx.channel().remoteAddress()), outcome, start);
            ctx.writeAndFlush(NettyMessages.toNetty(outcome.response(), requestId, false))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.channel().config().setAutoRead(false);
        inFlight.started();
        operations.execute(() -> {
            Outcome outcome = handleOrFail(wire, requestId);
            AccessLog.record(requestId, String.valueOf(ctx.channel().remoteAddress()), outcome, start);
            ctx.channel().eventLoop().execute(() -> write(ctx, outcome, requestId, keepAlive));
        });
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
        var future = ctx.writeAndFlush(NettyMessages.toNetty(outcome.response(), requestId, keepOpen));
        future.addListener(done -> inFlight.finished());
        if (keepOpen) {
            ctx.channel().config().setAutoRead(true);
        } else {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
