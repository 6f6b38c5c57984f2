package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.DataPlaneException;
import io.cloudgate.loadbalancer.Listener;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;

/**
 * A bound listener socket and its client connections. Its configuration can be replaced while it stays bound, so
 * open connections keep working across applies that leave its address, port and protocol alone.
 */
final class BoundListener {
    private final Channel server;
    private final ChannelGroup clients = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private volatile Listener listener;
    private volatile RequestRouter router;
    private volatile ServerTls tls;

    private BoundListener(Listener listener, ServerTls tls, EventLoopGroup group, RunningBalancer balancer) {
        update(listener, tls);
        int port = listener.port() + balancer.settings.portOffset();
        ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        initClient(channel, balancer);
                    }
                });
        if (listener.protocol() == Listener.Protocol.TCP) {
            bootstrap.childOption(ChannelOption.AUTO_READ, false).childOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        }
        var bind = bootstrap.bind(new InetSocketAddress(listener.bindAddress(), port)).awaitUninterruptibly();
        if (!bind.isSuccess()) {
            throw new DataPlaneException(DataPlaneException.Kind.ADDRESS_IN_USE,
                    "cannot listen on " + listener.bindAddress() + ":" + port + ": " + bind.cause().getMessage(),
                    bind.cause());
        }
        this.server = bind.channel();
    }

    /** Binds before returning; blocks the calling thread (never call it on an event loop). */
    static BoundListener bind(Listener listener, ServerTls tls, EventLoopGroup group, RunningBalancer balancer) {
        return new BoundListener(listener, tls, group, balancer);
    }

    static String key(Listener listener) {
        return listener.bindAddress() + ":" + listener.port();
    }

    Listener listener() {
        return listener;
    }

    RequestRouter router() {
        return router;
    }

    /** New connections take the new configuration (TLS included); open ones keep the TLS session they have. */
    void update(Listener newListener, ServerTls newTls) {
        this.router = new RequestRouter(newListener);
        this.tls = newTls;
        this.listener = newListener;
    }

    /** The listener's TLS contexts if they were built from these certificates, else null. */
    ServerTls tlsFor(Listener.Tls wanted) {
        ServerTls current = tls;
        return current == null || wanted == null ? null : current.reusedFor(wanted);
    }

    /** The port actually bound (the listener's port plus the offset). */
    int boundPort() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /**
     * Closes the socket and its connections. The JDK releases a selector-registered socket only at the loop's next
     * select, so this waits until the port can really be bound again: a client then gets a refusal, not a reset.
     */
    void close() {
        InetSocketAddress local = (InetSocketAddress) server.localAddress();
        server.close().awaitUninterruptibly();
        clients.close();
        for (int attempt = 0; attempt < 100 && !released(local); attempt++) {
            server.eventLoop().submit(() -> { }).awaitUninterruptibly();
        }
    }

    private static boolean released(InetSocketAddress local) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(local);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void initClient(Channel channel, RunningBalancer balancer) {
        Listener current = listener;
        ServerTls currentTls = tls;
        long idle = current.idleTimeout().toMillis();
        channel.pipeline().addLast(new TrafficCounter(balancer.stats, clients),
                new IdleStateHandler(0, 0, idle, TimeUnit.MILLISECONDS));
        if (currentTls != null) {
            channel.pipeline().addLast(currentTls.newHandler());
        }
        if (current.protocol() == Listener.Protocol.HTTP) {
            channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(balancer.settings.maxRequestBytes()),
                    new HttpFrontendHandler(balancer, this));
        } else {
            channel.pipeline().addLast(new TcpFrontendHandler(balancer, this));
        }
    }
}
