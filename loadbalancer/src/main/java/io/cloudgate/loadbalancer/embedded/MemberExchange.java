package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.Listener;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client request re-issued to one member, on a pooled keep-alive connection of the client's event loop, with the
 * response streamed back. A reused connection that the member closed in the meantime is retried once on a fresh
 * one; otherwise a member failure before the response becomes 502, silence for the idle timeout 504.
 */
final class MemberExchange {
    private final HttpFrontendHandler frontend;
    private final ChannelHandlerContext client;
    private final RunningBalancer balancer;
    private final Listener listener;
    private final Action.Forward forward;
    private final PoolState pool;
    private final MemberState member;
    private final FullHttpRequest request;
    private boolean clientKeepAlive;
    private Channel connection;
    private boolean reused;
    private boolean retried;
    private boolean responseStarted;
    private boolean memberKeepAlive;
    private boolean done;
    private ScheduledFuture<?> timeout;
    private long sentNanos;

    MemberExchange(HttpFrontendHandler frontend, ChannelHandlerContext client, RunningBalancer balancer,
                   Listener listener, Action.Forward forward, PoolState pool, MemberState member,
                   FullHttpRequest request, boolean clientKeepAlive) {
        this.frontend = frontend;
        this.client = client;
        this.balancer = balancer;
        this.listener = listener;
        this.forward = forward;
        this.pool = pool;
        this.member = member;
        this.request = request;
        this.clientKeepAlive = clientKeepAlive;
    }

    void start() {
        member.outstanding.incrementAndGet();
        Channel idle = member.pollIdle(client.channel().eventLoop());
        if (idle != null) {
            send(idle, true);
        } else {
            connect();
        }
    }

    private void connect() {
        Bootstrap bootstrap = new Bootstrap().group(client.channel().eventLoop()).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) balancer.settings.connectTimeout().toMillis())
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(new HttpClientCodec(), new MemberResponseHandler());
                    }
                });
        bootstrap.connect(member.address).addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                fail(502);
            } else if (done) {
                f.channel().close();
            } else {
                member.register(f.channel());
                send(f.channel(), false);
            }
        });
    }

    private void send(Channel channel, boolean reusedConnection) {
        MemberResponseHandler handler = channel.pipeline().get(MemberResponseHandler.class);
        if (handler == null) {
            onMemberFailure(false);
            return;
        }
        connection = channel;
        reused = reusedConnection;
        handler.exchange = this;
        sentNanos = System.nanoTime();
        timeout = channel.eventLoop().schedule(() -> onMemberFailure(true),
                listener.idleTimeout().toMillis(), TimeUnit.MILLISECONDS);
        channel.writeAndFlush(outgoing()).addListener(f -> {
            if (!f.isSuccess()) {
                onMemberFailure(false);
            }
        });
    }

    /** The request as the member sees it: HTTP/1.1 keep-alive, hop-by-hop headers gone, X-Forwarded-* added. */
    private FullHttpRequest outgoing() {
        FullHttpRequest copy = request.retainedDuplicate();
        copy.setProtocolVersion(HttpVersion.HTTP_1_1);
        HttpHeaders headers = copy.headers();
        stripHopByHop(headers);
        headers.remove(HttpHeaderNames.EXPECT);
        if (!headers.contains(HttpHeaderNames.HOST)) {
            headers.set(HttpHeaderNames.HOST, member.member.address());
        }
        String clientIp = frontend.clientIp();
        String forwardedFor = headers.get("X-Forwarded-For");
        headers.set("X-Forwarded-For", forwardedFor == null ? clientIp : forwardedFor + ", " + clientIp);
        headers.set("X-Forwarded-Proto", listener.forwardedProto() == null ? "http" : listener.forwardedProto());
        headers.set("X-Forwarded-Port", Integer.toString(listener.port()));
        return copy;
    }

    void onResponse(HttpObject part) {
        if (done) {
            ReferenceCountUtil.release(part);
            return;
        }
        if (part instanceof HttpResponse response) {
            if (response.status().code() == 100) {
                ReferenceCountUtil.release(part);
                return;
            }
            startResponse(response);
        }
        if (part instanceof LastHttpContent) {
            boolean keepOpen = clientKeepAlive;
            client.writeAndFlush(part).addListener(f -> frontend.completed(keepOpen && f.isSuccess()));
            finish(memberKeepAlive);
        } else {
            client.write(part);
            if (!client.channel().isWritable()) {
                connection.config().setAutoRead(false);
            }
        }
    }

    private void startResponse(HttpResponse response) {
        timeout.cancel(false);
        responseStarted = true;
        int status = response.status().code();
        balancer.stats.latencyMicros.add((System.nanoTime() - sentNanos) / 1000);
        balancer.stats.memberResponse(status);
        memberKeepAlive = HttpUtil.isKeepAlive(response);
        HttpHeaders headers = response.headers();
        stripHopByHop(headers);
        boolean framed = HttpUtil.isContentLengthSet(response) || HttpUtil.isTransferEncodingChunked(response)
                || status == 204 || status == 304 || request.method().equals(HttpMethod.HEAD);
        clientKeepAlive &= framed;
        if (!clientKeepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (request.protocolVersion().equals(HttpVersion.HTTP_1_0)) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        Stickiness.decorate(response, forward, pool, member, balancer.clock);
    }

    void flushToClient() {
        if (!done) {
            client.flush();
        }
    }

    /** The client can take more: read from the member again. */
    void clientWritable() {
        if (!done && connection != null) {
            connection.config().setAutoRead(true);
        }
    }

    void onMemberFailure(boolean timedOut) {
        if (done) {
            return;
        }
        if (!responseStarted && reused && !retried && !timedOut) {
            retried = true;
            release(connection, false);
            connection = null;
            connect();
            return;
        }
        if (responseStarted) {
            finish(false);
            client.close();
        } else {
            fail(timedOut ? 504 : 502);
        }
    }

    /** The client went away: nothing more to deliver. */
    void clientGone() {
        if (!done) {
            finish(false);
        }
    }

    private void fail(int status) {
        if (!done) {
            finish(false);
            frontend.balancerError(status, clientKeepAlive);
        }
    }

    private void finish(boolean reusable) {
        done = true;
        member.outstanding.decrementAndGet();
        request.release();
        if (connection != null) {
            release(connection, reusable);
        }
    }

    private void release(Channel channel, boolean reusable) {
        if (timeout != null) {
            timeout.cancel(false);
        }
        MemberResponseHandler handler = channel.pipeline().get(MemberResponseHandler.class);
        if (handler != null) {
            handler.exchange = null;
        }
        channel.config().setAutoRead(true);
        if (reusable) {
            member.offerIdle(channel);
        } else {
            channel.close();
        }
    }

    static void stripHopByHop(HttpHeaders headers) {
        String connection = headers.get(HttpHeaderNames.CONNECTION);
        if (connection != null) {
            for (String token : connection.split(",")) {
                if (!token.isBlank()) {
                    headers.remove(token.trim());
                }
            }
        }
        headers.remove(HttpHeaderNames.CONNECTION).remove(HttpHeaderNames.KEEP_ALIVE)
                .remove("Proxy-Connection").remove(HttpHeaderNames.TE).remove(HttpHeaderNames.TRAILER)
                .remove(HttpHeaderNames.UPGRADE);
    }
}
