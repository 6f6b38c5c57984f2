package io.cloudgate.gateway.http;

import io.cloudgate.gateway.Outcome;
import io.cloudgate.gateway.RequestPipeline;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.util.ReferenceCountUtil;

/**
 * Aggregates request bodies up to a limit; a larger body is refused with 413 in the service's own error envelope,
 * also when the client asked with {@code Expect: 100-continue} before sending it, and so is an expectation other
 * than 100-continue (417).
 */
final class RefusingAggregator extends HttpObjectAggregator {
    private final RequestPipeline pipeline;
    private final AccessLog accessLog;

    RefusingAggregator(int maxBodyBytes, RequestPipeline pipeline, AccessLog accessLog) {
        super(maxBodyBytes, true);
        this.pipeline = pipeline;
        this.accessLog = accessLog;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        String requestId = RequestIds.next();
        Outcome outcome = tooLarge(oversized, requestId);
        accessLog.record(requestId, String.valueOf(ctx.channel().remoteAddress()), outcome, System.nanoTime());
        ctx.writeAndFlush(NettyMessages.toNetty(outcome.response(), requestId, false))
                .addListener(ChannelFutureListener.CLOSE);
    }

    /** Netty's own refusals of an expectation have no body; they are replaced by ones in the service's envelope. */
    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline channelPipeline) {
        Object response = super.newContinueResponse(start, maxContentLength, channelPipeline);
        if (!(response instanceof HttpResponse refusal) || refusal.status().code() < 400) {
            return response;
        }
        ReferenceCountUtil.release(response);
        String requestId = RequestIds.next();
        Outcome outcome = refusal.status().code() == 413 ? tooLarge(start, requestId)
                : pipeline.refuse(NettyMessages.headOnly(start), requestId, 417, "ExpectationFailed",
                        "Only the expectation 100-continue is supported.");
        accessLog.record(requestId, String.valueOf(channelPipeline.channel().remoteAddress()), outcome,
                System.nanoTime());
        return NettyMessages.toNetty(outcome.response(), requestId, false);
    }

    private Outcome tooLarge(HttpMessage head, String requestId) {
        return pipeline.refuse(NettyMessages.headOnly(head), requestId, 413, "RequestEntityTooLarge",
                "Request body is larger than " + maxContentLength() + " bytes.");
    }
}
