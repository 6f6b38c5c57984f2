package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.MemberHealth;
import io.cloudgate.loadbalancer.Pool;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One member of one pool: its health verdict, its outstanding requests and its keep-alive connections. Idle
 * connections are kept per event loop so that a client connection only ever reuses connections of its own loop.
 */
final class MemberState {
    final Pool.Member member;
    final InetSocketAddress address;
    final AtomicInteger outstanding = new AtomicInteger();
    /** Every open connection to the member, closed when draining ends. */
    final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final Map<EventLoop, ArrayDeque<Channel>> idle = new ConcurrentHashMap<>();
    private volatile MemberHealth.State state = MemberHealth.State.INITIAL;
    private volatile String reason = "initial";
    private int successes;
    private int failures;
    volatile boolean checkInFlight;

    MemberState(Pool.Member member) {
        this.member = member;
        this.address = new InetSocketAddress(member.address(), member.port());
    }

    String key() {
        return member.id() + "@" + member.address() + ":" + member.port();
    }

    MemberHealth.State state() {
        return state;
    }

    MemberHealth health(String poolId) {
        return new MemberHealth(poolId, member.id(), state, state == MemberHealth.State.HEALTHY ? null : reason);
    }

    /** A verdict of one health check; the first success ends INITIAL, as AWS requires one passed check. */
    synchronized void recordCheck(boolean success, String failureReason, Pool.HealthCheck check) {
        if (state == MemberHealth.State.DRAINING) {
            return;
        }
        if (success) {
            failures = 0;
            successes++;
            if (state == MemberHealth.State.INITIAL || successes >= check.healthyThreshold()) {
                state = MemberHealth.State.HEALTHY;
            }
        } else {
            successes = 0;
            failures++;
            reason = failureReason;
            if (failures >= check.unhealthyThreshold()) {
                state = MemberHealth.State.UNHEALTHY;
            }
        }
    }

    void startDraining() {
        state = MemberHealth.State.DRAINING;
        reason = "draining";
        idle.values().forEach(connections -> connections.forEach(Channel::close));
    }

    /** Called on the loop's own thread. */
    Channel pollIdle(EventLoop loop) {
        ArrayDeque<Channel> connections = idle.get(loop);
        if (connections == null) {
            return null;
        }
        Channel channel;
        while ((channel = connections.pollFirst()) != null) {
            if (channel.isActive()) {
                return channel;
            }
        }
        return null;
    }

    /** Called on the channel's loop once a response has been read completely. */
    void offerIdle(Channel channel) {
        if (state == MemberHealth.State.DRAINING || !channel.isActive()) {
            channel.close();
            return;
        }
        idle.computeIfAbsent(channel.eventLoop(), l -> new ArrayDeque<>()).addFirst(channel);
    }

    /** Tracks a new connection to the member; its close listener runs on the channel's own loop. */
    void register(Channel channel) {
        channels.add(channel);
        channel.closeFuture().addListener(f -> {
            ArrayDeque<Channel> connections = idle.get(channel.eventLoop());
            if (connections != null) {
                connections.remove(channel);
            }
        });
    }
}
