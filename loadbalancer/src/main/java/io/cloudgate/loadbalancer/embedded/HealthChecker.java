package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Pool;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Probes a pool's members every interval on one event loop, without blocking it: Netty's connect timeout bounds
 * the connection and a scheduled task bounds the whole check.
 */
final class HealthChecker {
    private final EventLoop loop;
    private final Pool.HealthCheck check;
    private final SuccessCodes successCodes;
    private final Supplier<List<MemberState>> members;
    private final ScheduledFuture<?> schedule;

    HealthChecker(EventLoop loop, Pool.HealthCheck check, Supplier<List<MemberState>> members) {
        this.loop = loop;
        this.check = check;
        this.successCodes = SuccessCodes.parse(check.successCodes());
        this.members = members;
        long interval = check.interval().toMillis();
        this.schedule = loop.scheduleAtFixedRate(this::probeAll, 0, interval, TimeUnit.MILLISECONDS);
    }

    Pool.HealthCheck check() {
        return check;
    }

    void stop() {
        schedule.cancel(false);
    }

    private void probeAll() {
        for (MemberState member : members.get()) {
            if (!member.checkInFlight) {
                member.checkInFlight = true;
                probe(member);
            }
        }
    }

    private void probe(MemberState member) {
        Verdict verdict = new Verdict(member);
        int port = check.port() != null ? check.port() : member.member.port();
        InetSocketAddress target = new InetSocketAddress(member.address.getAddress(), port);
        boolean http = check.protocol() == Listener.Protocol.HTTP;
        Bootstrap bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) check.timeout().toMillis())
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        if (http) {
                            channel.pipeline().addLast(new HttpClientCodec(), new StatusReader(verdict));
                        }
                    }
                });
        ChannelFuture connect = bootstrap.connect(target);
        verdict.channel = connect.channel();
        loop.schedule(() -> verdict.fail("timeout"), check.timeout().toMillis(), TimeUnit.MILLISECONDS);
        connect.addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                verdict.fail(f.cause() instanceof ConnectException ? "connection refused" : "connection failed");
            } else if (!http) {
                verdict.succeed();
            } else {
                DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET,
                        check.path() == null || check.path().isEmpty() ? "/" : check.path());
                request.headers().set(HttpHeaderNames.HOST, member.member.address())
                        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                        .set(HttpHeaderNames.USER_AGENT, "ELB-HealthChecker/2.0");
                f.channel().writeAndFlush(request);
            }
        });
    }

    /** The outcome of one probe, decided once. */
    private final class Verdict {
        private final MemberState member;
        private Channel channel;
        private boolean decided;

        Verdict(MemberState member) {
            this.member = member;
        }

        void succeed() {
            decide(true, null);
        }

        void fail(String reason) {
            decide(false, reason);
        }

        private void decide(boolean success, String reason) {
            if (decided) {
                return;
            }
            decided = true;
            member.recordCheck(success, reason, check);
            member.checkInFlight = false;
            if (channel != null) {
                channel.close();
            }
        }
    }

    private final class StatusReader extends SimpleChannelInboundHandler<HttpObject> {
        private final Verdict verdict;

        StatusReader(Verdict verdict) {
            this.verdict = verdict;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
            if (message instanceof HttpResponse response) {
                int status = response.status().code();
                if (successCodes.contains(status)) {
                    verdict.succeed();
                } else {
                    verdict.fail("status " + status);
                }
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            verdict.fail("connection closed");
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            verdict.fail("connection reset");
        }
    }
}
