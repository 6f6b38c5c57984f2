package io.cloudgate.loadbalancer.embedded;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.group.ChannelGroup;

/** First handler of every client connection: counts connections and bytes, and registers the connection. */
final class TrafficCounter extends ChannelDuplexHandler {
    private final StatisticsCounters stats;
    private final ChannelGroup clients;

    TrafficCounter(StatisticsCounters stats, ChannelGroup clients) {
        this.stats = stats;
        this.clients = clients;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        stats.connectionsAccepted.increment();
        stats.activeConnections.increment();
        clients.add(ctx.channel());
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        stats.activeConnections.decrement();
        ctx.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof ByteBuf bytes) {
            stats.bytesIn.add(bytes.readableBytes());
        }
        ctx.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof ByteBuf bytes) {
            stats.bytesOut.add(bytes.readableBytes());
        }
        ctx.write(message, promise);
    }
}
