package io.cloudgate.gateway.http;

import io.cloudgate.gateway.Outcome;
import io.cloudgate.gateway.RequestPipeline;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;

/** Aggregates request bodies up to a limit; a larger body is refused with 413 in the service's own error envelope. */
final class RefusingAggregator extends HttpObjectAggregator {
    private final RequestPipeline pipeline;

    RefusingAggregator(int maxBodyBytes, RequestPipeline pipeline) {
        super(maxBodyBytes, true);
        this.pipeline = pipeline;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        String requestId = RequestIds.next();
        Outcome outcome = pipeline.refuse(NettyMessages.headOnly(oversized), requestId, 413, "RequestEntityTooLarge",
                "Request body is larger than " + maxContentLength() + " bytes.");
        AccessLog.record(requestId, String.valueOf(ctx.channel().remoteAddress()), outcome, System.nanoTime());
        ctx.writeAndFlush(NettyMessages.toNetty(outcome.response(), requestId, false))
                .addListener(ChannelFutureListener.CLOSE);
    }
}
