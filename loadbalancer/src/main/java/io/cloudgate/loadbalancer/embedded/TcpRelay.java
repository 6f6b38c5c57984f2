package io.cloudgate.loadbalancer.embedded;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;

/**
 * Relays bytes from one channel to its peer, reading only when the peer has taken the last write (back-pressure).
 * A half-close (FIN) is passed on as a half-close; the pair closes once both directions have ended or either side
 * fails or idles.
 */
final class TcpRelay extends ChannelInboundHandlerAdapter {
    private final Channel peer;
    private final Runnable onClose;

    TcpRelay(Channel peer, Runnable onClose) {
        this.peer = peer;
        this.onClose = onClose;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.read();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!peer.isActive()) {
            ReferenceCountUtil.release(message);
            return;
        }
        peer.writeAndFlush(message).addListener((ChannelFutureListener) f -> {
            if (f.isSuccess()) {
                ctx.read();
            } else {
                closeBoth(ctx.channel());
            }
        });
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ChannelInputShutdownEvent) {
            DuplexChannel self = (DuplexChannel) ctx.channel();
            if (peer instanceof DuplexChannel duplexPeer && peer.isActive()) {
                // Flush pending bytes first, then send FIN.
                peer.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(f -> duplexPeer.shutdownOutput());
            }
            if (self.isOutputShutdown()) {
                closeBoth(self);
            }
        } else if (event instanceof IdleStateEvent) {
            closeBoth(ctx.channel());
        }
        ReferenceCountUtil.release(event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closeBoth(ctx.channel());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        closeBoth(ctx.channel());
    }

    private void closeBoth(Channel self) {
        if (peer.isActive()) {
            peer.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
        self.close();
        onClose.run();
    }
}
