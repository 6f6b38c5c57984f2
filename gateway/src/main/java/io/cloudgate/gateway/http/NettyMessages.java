package io.cloudgate.gateway.http;

import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.wire.WireResponse;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.List;
import java.util.Map;

/** Copies between Netty's HTTP messages and the server-independent wire types. */
final class NettyMessages {
    private NettyMessages() {
    }

    static WireRequest toWire(FullHttpRequest request) {
        return toWire(request, ByteBufUtil.getBytes(request.content()));
    }

    /** A request whose body was not kept (it was refused before arriving). */
    static WireRequest headOnly(HttpMessage message) {
        return toWire((HttpRequest) message, new byte[0]);
    }

    private static WireRequest toWire(HttpRequest request, byte[] body) {
        String uri = request.uri();
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        String query = question < 0 ? "" : uri.substring(question + 1);
        Headers headers = new Headers();
        for (Map.Entry<String, String> header : request.headers()) {
            headers.add(header.getKey(), header.getValue());
        }
        return new WireRequest(request.method().name(), path, query, headers, body);
    }

    static FullHttpResponse toNetty(WireResponse response, String requestId, boolean keepAlive) {
        FullHttpResponse netty = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()), Unpooled.wrappedBuffer(response.body()));
        for (Map.Entry<String, List<String>> header : response.headers().asMap().entrySet()) {
            netty.headers().add(header.getKey(), header.getValue());
        }
        netty.headers().set("x-amzn-RequestId", requestId);
        netty.headers().set("x-amz-request-id", requestId);
        netty.headers().set(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
        if (!keepAlive) {
            netty.headers().set(HttpHeaderNames.CONNECTION, "close");
        }
        return netty;
    }
}
