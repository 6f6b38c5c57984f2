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
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Copies between Netty's HTTP messages and the server-independent wire types. */
final class NettyMessages {
    private static final AsciiString AMZN_REQUEST_ID = AsciiString.cached("x-amzn-RequestId");
    private static final AsciiString AMZ_REQUEST_ID = AsciiString.cached("x-amz-request-id");
    /** Headers written here in place of any the response carries; lower-cased, as {@link Headers} keeps them. */
    private static final Set<String> SET_HERE = Set.of("x-amzn-requestid", "x-amz-request-id", "content-length");

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
                HttpResponseStatus.valueOf(response.status()),
                Unpooled.wrappedBuffer(response.bodyChunks().toArray(byte[][]::new)));
        HttpHeaders headers = netty.headers();
        for (Map.Entry<String, List<String>> header : response.headers().asMap().entrySet()) {
            if (!SET_HERE.contains(header.getKey())) {
                headers.add(header.getKey(), header.getValue());
            }
        }
        headers.add(AMZN_REQUEST_ID, requestId);
        headers.add(AMZ_REQUEST_ID, requestId);
        headers.add(HttpHeaderNames.CONTENT_LENGTH, response.bodyLength());
        if (!keepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        return netty;
    }
}
