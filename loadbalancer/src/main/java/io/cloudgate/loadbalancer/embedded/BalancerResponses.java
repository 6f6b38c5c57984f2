package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.Action;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;

/** Answers the balancer gives itself: errors, redirects and fixed responses. */
final class BalancerResponses {
    private BalancerResponses() {
    }

    /** A small HTML page like ALB's, e.g. for 502, 503 and 504. */
    static FullHttpResponse error(int status) {
        HttpResponseStatus code = HttpResponseStatus.valueOf(status);
        String body = "<html>\r\n<head><title>" + code + "</title></head>\r\n<body>\r\n<center><h1>" + code
                + "</h1></center>\r\n</body>\r\n</html>\r\n";
        return response(status, "text/html", body);
    }

    static FullHttpResponse fixed(Action.FixedResponse fixed) {
        return response(fixed.statusCode(), fixed.contentType() == null ? "text/plain" : fixed.contentType(),
                fixed.body() == null ? "" : fixed.body());
    }

    /**
     * Like ALB, {@code #{path}} is the request's path without its leading slash (the default path is
     * {@code /#{path}}) and {@code #{query}} its query without the question mark.
     *
     * @param protocol the listener's client-facing protocol (http or https)
     * @param port     the listener's configured port
     */
    static FullHttpResponse redirect(Action.Redirect redirect, HttpRequest request, String protocol, int port) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        String query = uri.rawQuery();
        String host = RequestRouter.hostWithoutPort(request);
        String targetProtocol = fill(redirect.protocol(), "#{protocol}", protocol, host, port, uri, query)
                .toLowerCase();
        String targetHost = fill(redirect.host(), "#{host}", protocol, host, port, uri, query);
        String targetPort = fill(redirect.port(), "#{port}", protocol, host, port, uri, query);
        String targetPath = fill(redirect.path(), "/#{path}", protocol, host, port, uri, query);
        String targetQuery = fill(redirect.query(), "#{query}", protocol, host, port, uri, query);
        boolean defaultPort = targetPort.isEmpty() || ("http".equals(targetProtocol) && "80".equals(targetPort))
                || ("https".equals(targetProtocol) && "443".equals(targetPort));
        StringBuilder location = new StringBuilder(targetProtocol).append("://").append(targetHost);
        if (!defaultPort) {
            location.append(':').append(targetPort);
        }
        location.append(targetPath.startsWith("/") ? targetPath : "/" + targetPath);
        if (!targetQuery.isEmpty()) {
            location.append('?').append(targetQuery);
        }
        int status = redirect.statusCode() == 301 ? 301 : 302;
        FullHttpResponse response = response(status, "text/html", "");
        response.headers().set(HttpHeaderNames.LOCATION, location.toString());
        return response;
    }

    private static String fill(String template, String whenAbsent, String protocol, String host, int port,
                               QueryStringDecoder uri, String query) {
        String source = template == null ? whenAbsent : template;
        return source.replace("#{protocol}", protocol).replace("#{host}", host)
                .replace("#{port}", Integer.toString(port)).replace("#{path}", uri.rawPath().startsWith("/") ? uri.rawPath().substring(1) : uri.rawPath())
                .replace("#{query}", query);
    }

    private static FullHttpResponse response(int status, String contentType, String body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(status), Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                .set(HttpHeaderNames.SERVER, "awselb/2.0");
        return response;
    }
}
