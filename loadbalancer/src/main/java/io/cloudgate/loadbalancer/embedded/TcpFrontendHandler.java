package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.Action;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A new client connection of a TCP listener: picks a member of the default action's pool (per connection; source
 * address stickiness when the pool asks for it), connects, then relays both ways. No member, or a failed connect,
 * closes the client connection, as an NLB resets it.
 */
final class TcpFrontendHandler extends ChannelInboundHandlerAdapter {
    private final RunningBalancer balancer;
    private final BoundListener bound;

    TcpFrontendHandler(RunningBalancer balancer, BoundListener bound) {
        this.balancer = balancer;
        this.bound = bound;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        Channel client = ctx.channel();
        if (!(bound.listener().defaultAction() instanceof Action.Forward forward)) {
            client.close();
            return;
        }
        PoolState pool = Stickiness.choosePool(forward, Map.of(), balancer::pool);
        MemberState member = pool == null ? null
                : Stickiness.chooseMember(pool, Map.of(), ((InetSocketAddress) client.remoteAddress()).getAddress());
        if (member == null) {
            client.close();
            return;
        }
        member.outstanding.incrementAndGet();
        AtomicBoolean ended = new AtomicBoolean();
        Runnable onClose = () -> {
            if (ended.compareAndSet(false, true)) {
                member.outstanding.decrementAndGet();
            }
        };
        Bootstrap bootstrap = new Bootstrap().group(client.eventLoop()).channel(NioSocketChannel.class)
                .option(ChannelOption.AUTO_READ, false)
                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) balancer.settings.connectTimeout().toMillis())
                .handler(new TcpRelay(client, onClose));
        bootstrap.connect(member.address).addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                onClose.run();
                client.close();
                return;
            }
            member.register(f.channel());
            if (!client.isActive()) {
                f.channel().close();
                return;
            }
            client.pipeline().replace(this, "relay", new TcpRelay(f.channel(), onClose));
            client.read();
        });
    }
}
