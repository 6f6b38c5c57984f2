package io.cloudgate.gateway.http;

import io.cloudgate.gateway.GatewayConfig;
import io.cloudgate.gateway.RequestPipeline;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The HTTP/1.1 front: keep-alive, 100-continue, size limits, timeouts, graceful shutdown. */
public final class HttpServer implements AutoCloseable {
    private static final int MAX_INITIAL_LINE = 16 * 1024;
    private static final int MAX_HEADERS = 64 * 1024;

    private final GatewayConfig config;
    private final RequestPipeline pipeline;
    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup workers = new NioEventLoopGroup(eventLoopThreads());
    private final ExecutorService operations = Executors.newVirtualThreadPerTaskExecutor();
    private final InFlight inFlight = new InFlight();
    private final AccessLog accessLog;
    private volatile boolean draining;
    private Channel serverChannel;

    /** The access log goes to {@code access.log} in the data directory, timed by {@code clock}. */
    public HttpServer(GatewayConfig config, RequestPipeline pipeline, Clock clock) {
        this.config = config;
        this.pipeline = pipeline;
        this.accessLog = AccessLog.open(config.dataDir().resolve("access.log"), clock);
    }

    /**
     * Event loops only read, decode, encode and write; operations run on virtual threads. The cores are split
     * between the two: half of them for event loops, and fewer threads to wake and put to sleep per request.
     */
    public static int eventLoopThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** How many platform threads should carry the virtual threads operations run on: the cores the loops leave. */
    public static int operationThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - eventLoopThreads());
    }

    /** Binds and returns the port actually bound (useful with port 0). */
    public int start() throws InterruptedException {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline()
                                .addLast(new IdleStateHandler(config.requestTimeout().toMillis(), 0,
                                        config.idleTimeout().toMillis(), TimeUnit.MILLISECONDS))
                                .addLast(new HttpServerCodec(MAX_INITIAL_LINE, MAX_HEADERS, 64 * 1024))
                                .addLast(new ReceiveTimeoutHandler(pipeline, accessLog))
                                .addLast(new RefusingAggregator(config.maxBodyBytes(), pipeline, accessLog))
                                .addLast(new RequestHandler(pipeline, operations, inFlight, accessLog,
                                        () -> draining));
                    }
                });
        serverChannel = bootstrap.bind(config.bind(), config.port()).sync().channel();
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /**
     * Stops accepting, lets in-flight requests finish (up to the grace period), then releases threads and writes
     * out the access log.
     */
    public void stop(Duration grace) throws InterruptedException {
        draining = true;
        try {
            if (serverChannel != null) {
                serverChannel.close().sync();
            }
            inFlight.awaitDrained(grace);
            operations.shutdown();
            workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).sync();
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).sync();
        } finally {
            accessLog.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(config.shutdownGrace());
    }
}
