package io.cloudgate.gateway.http;

import io.cloudgate.gateway.Outcome;
import io.cloudgate.gateway.RequestPipeline;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;

/**
 * Sits after an IdleStateHandler: a request whose bytes stop arriving is answered 408 and the connection
 * closed. A connection idle with no request arriving is passed on to the {@link RequestHandler}, which closes
 * it unless an answer is still being prepared.
 */
final class ReceiveTimeoutHandler extends ChannelDuplexHandler {
    private final RequestPipeline pipeline;
    private final AccessLog accessLog;
    // The head of the request being received; converted only if it times out, not for every request.
    private HttpRequest receiving;

    ReceiveTimeoutHandler(RequestPipeline pipeline, AccessLog accessLog) {
        this.pipeline = pipeline;
        this.accessLog = accessLog;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            receiving = request;
        }
        if (msg instanceof LastHttpContent) {
            receiving = null;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.READER_IDLE && receiving != null) {
                String requestId = RequestIds.next();
                Outcome outcome = pipeline.refuse(NettyMessages.headOnly(receiving), requestId, 408,
                        "RequestTimeout",
                        "Your socket connection to the server was not read from or written to within the timeout period.");
                accessLog.record(requestId, String.valueOf(ctx.channel().remoteAddress()), outcome,
                        System.nanoTime());
                ctx.writeAndFlush(NettyMessages.toNetty(outcome.response(), requestId, false))
                        .addListener(ChannelFutureListener.CLOSE);
            } else if (idle.state() == IdleState.ALL_IDLE && receiving == null) {
                ctx.fireUserEventTriggered(event);
            }
            return;
        }
        super.userEventTriggered(ctx, event);
    }
}
