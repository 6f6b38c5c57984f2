package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.Action;

import java.util.List;

/**
 * An ALB redirect as {@code http-request redirect} lines. The protocol and port come from the listener, so they are
 * known when rendering; host, path and query may keep the request's own ({@code #{host}} etc.), which become
 * HAProxy samples. Like ALB, {@code #{path}} has no leading slash and a default port is left out.
 */
final class RedirectRenderer {
    private static final String HOST = "%[req.hdr(host),field(1,:)]";
    private static final String PATH = "%[path,ltrim(/)]";
    private static final String QUERY = "%[query]";

    private RedirectRenderer() {
    }

    /** @param condition the ACL words selecting this action */
    static List<String> render(Action.Redirect redirect, String listenerProto, int listenerPort, String condition) {
        String proto = fill(redirect.protocol(), "#{protocol}", listenerProto, listenerPort).toLowerCase();
        String port = fill(redirect.port(), "#{port}", listenerProto, listenerPort);
        boolean defaultPort = port.isEmpty() || "http".equals(proto) && "80".equals(port)
                || "https".equals(proto) && "443".equals(port);
        String host = fill(redirect.host(), "#{host}", listenerProto, listenerPort);
        String path = fill(redirect.path(), "/#{path}", listenerProto, listenerPort);
        String base = proto + "://" + host + (defaultPort ? "" : ":" + port) + (path.startsWith("/") ? "" : "/") + path;
        String code = " code " + redirect.statusCode();
        String queryTemplate = redirect.query() == null ? "#{query}" : redirect.query();
        if (queryTemplate.isEmpty()) {
            return List.of(line(base, code, condition));
        }
        String query = fill(queryTemplate, "", listenerProto, listenerPort);
        if (!queryTemplate.equals("#{query}")) {
            return List.of(line(base + "?" + query, code, condition));
        }
        // Only the request's own query: a '?' only when it has one.
        return List.of(line(base + "?" + query, code, condition + " { query -m len gt 0 }"),
                line(base, code, condition));
    }

    private static String line(String location, String code, String condition) {
        return "http-request redirect location " + HaproxyText.quoted(location) + code + " if " + condition;
    }

    /** The template with literal text escaped for a log-format string and placeholders as samples. */
    private static String fill(String template, String whenAbsent, String proto, int port) {
        String source = template == null ? whenAbsent : template;
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < source.length()) {
            int next = source.indexOf("#{", at);
            int end = next < 0 ? -1 : source.indexOf('}', next);
            if (next < 0 || end < 0) {
                out.append(HaproxyText.logFormatLiteral(source.substring(at)));
                break;
            }
            out.append(HaproxyText.logFormatLiteral(source.substring(at, next)));
            String name = source.substring(next + 2, end);
            out.append(switch (name) {
                case "protocol" -> proto;
                case "port" -> Integer.toString(port);
                case "host" -> HOST;
                case "path" -> PATH;
                case "query" -> QUERY;
                default -> HaproxyText.logFormatLiteral(source.substring(next, end + 1));
            });
            at = end + 1;
        }
        return out.toString();
    }
}
