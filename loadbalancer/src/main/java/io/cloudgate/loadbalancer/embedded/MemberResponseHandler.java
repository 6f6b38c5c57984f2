package io.cloudgate.loadbalancer.embedded;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpObject;
import io.netty.util.ReferenceCountUtil;

/** The end of a member connection's pipeline: hands responses to the exchange that currently owns the connection. */
final class MemberResponseHandler extends ChannelInboundHandlerAdapter {
    MemberExchange exchange;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (exchange != null && message instanceof HttpObject object) {
            exchange.onResponse(object);
        } else {
            ReferenceCountUtil.release(message);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (exchange != null) {
            exchange.flushToClient();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (exchange != null) {
            exchange.onMemberFailure(false);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (exchange != null) {
            exchange.onMemberFailure(false);
        }
        ctx.close();
    }
}
