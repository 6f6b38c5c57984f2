package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.Listener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Map;

/**
 * One client connection of an HTTP listener: requests are answered one at a time and in order (pipelined ones wait),
 * each routed by the listener's current rules.
 */
final class HttpFrontendHandler extends ChannelInboundHandlerAdapter {
    private final RunningBalancer balancer;
    private final BoundListener bound;
    private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private InetAddress clientAddress;
    private String clientIp;
    private boolean busy;
    private MemberExchange exchange;

    HttpFrontendHandler(RunningBalancer balancer, BoundListener bound) {
        this.balancer = balancer;
        this.bound = bound;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        // An accepted connection knows its peer from the start; computed once, used by every request.
        if (ctx.channel().remoteAddress() instanceof InetSocketAddress remote) {
            clientAddress = remote.getAddress();
            clientIp = clientAddress.getHostAddress();
        }
    }

    /** The client's address as X-Forwarded-For shows it. */
    String clientIp() {
        return clientIp;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof FullHttpRequest request)) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (busy) {
            waiting.add(request);
            ctx.channel().config().setAutoRead(false);
            return;
        }
        handle(request);
    }

    private void handle(FullHttpRequest request) {
        busy = true;
        balancer.stats.requests.increment();
        if (request.decoderResult().isFailure()) {
            request.release();
            balancerError(400, false);
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        Listener listener = bound.listener();
        switch (bound.router().route(request)) {
            case Action.Redirect redirect -> {
                FullHttpResponse response = BalancerResponses.redirect(redirect, request,
                        listener.forwardedProto() == null ? "http" : listener.forwardedProto(), listener.port());
                respond(response, keepAlive, request.protocolVersion());
                request.release();
            }
            case Action.FixedResponse fixed -> {
                respond(BalancerResponses.fixed(fixed), keepAlive, request.protocolVersion());
                request.release();
            }
            case Action.Forward forward -> forward(request, forward, listener, keepAlive);
        }
    }

    private void forward(FullHttpRequest request, Action.Forward forward, Listener listener, boolean keepAlive) {
        Map<String, String> cookies = Stickiness.cookies(request);
        PoolState pool = Stickiness.choosePool(forward, cookies, balancer::pool);
        MemberState member = pool == null ? null : Stickiness.chooseMember(pool, cookies, clientAddress);
        if (member == null) {
            request.release();
            balancerError(503, keepAlive);
            return;
        }
        exchange = new MemberExchange(this, ctx, balancer, listener, forward, pool, member, request, keepAlive);
        exchange.start();
    }

    void balancerError(int status, boolean keepAlive) {
        balancer.stats.balancerResponse(status);
        respond(BalancerResponses.error(status), keepAlive, HttpVersion.HTTP_1_1);
    }

    private void respond(FullHttpResponse response, boolean keepAlive, HttpVersion clientVersion) {
        if (!keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (clientVersion.equals(HttpVersion.HTTP_1_0)) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        ctx.writeAndFlush(response).addListener(f -> completed(keepAlive && f.isSuccess()));
    }

    /** The current response has been written: go on with the next request, or close. */
    void completed(boolean keepOpen) {
        exchange = null;
        busy = false;
        if (!keepOpen) {
            ctx.close();
            return;
        }
        FullHttpRequest next = waiting.poll();
        if (next != null) {
            handle(next);
        } else if (!ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable() && exchange != null) {
            exchange.clientWritable();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent && !busy) {
            ctx.close();
        }
        ReferenceCountUtil.release(event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        waiting.forEach(FullHttpRequest::release);
        waiting.clear();
        if (exchange != null) {
            exchange.clientGone();
            exchange = null;
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
