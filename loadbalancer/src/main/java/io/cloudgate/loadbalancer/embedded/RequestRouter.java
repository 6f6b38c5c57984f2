package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.Condition;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Rule;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Chooses a listener's action for an HTTP request: the first matching rule by ascending priority, else the default. */
final class RequestRouter {
    private final List<Rule> rules;
    private final Action defaultAction;

    RequestRouter(Listener listener) {
        this.rules = listener.rules().stream().sorted(Comparator.comparingInt(Rule::priority)).toList();
        this.defaultAction = listener.defaultAction();
    }

    Action route(HttpRequest request) {
        if (rules.isEmpty()) {
            return defaultAction;
        }
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        for (Rule rule : rules) {
            if (rule.conditions().stream().allMatch(c -> matches(c, request, uri))) {
                return rule.action();
            }
        }
        return defaultAction;
    }

    static boolean matches(Condition condition, HttpRequest request, QueryStringDecoder uri) {
        return switch (condition) {
            case Condition.PathPattern path -> anyMatches(path.patterns(), uri.rawPath(), false);
            case Condition.HostHeader host -> anyMatches(host.patterns(), hostWithoutPort(request), true);
            case Condition.HttpHeader header -> request.headers().getAll(header.name()).stream()
                    .anyMatch(value -> anyMatches(header.patterns(), value, true));
            case Condition.QueryString query -> query.pairs().stream().anyMatch(pair -> hasParameter(uri, pair));
        };
    }

    static String hostWithoutPort(HttpRequest request) {
        String host = request.headers().get(HttpHeaderNames.HOST, "");
        int colon = host.lastIndexOf(':');
        boolean ipv6WithoutPort = host.endsWith("]");
        return colon > 0 && !ipv6WithoutPort ? host.substring(0, colon) : host;
    }

    private static boolean hasParameter(QueryStringDecoder uri, Condition.KeyValue pair) {
        for (Map.Entry<String, List<String>> parameter : uri.parameters().entrySet()) {
            if (pair.key() != null && !Wildcard.matches(pair.key(), parameter.getKey(), true)) {
                continue;
            }
            if (anyMatches(List.of(pair.value()), parameter.getValue(), true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatches(List<String> patterns, List<String> values, boolean ignoreCase) {
        return values.stream().anyMatch(value -> anyMatches(patterns, value, ignoreCase));
    }

    private static boolean anyMatches(List<String> patterns, String value, boolean ignoreCase) {
        return patterns.stream().anyMatch(pattern -> Wildcard.matches(pattern, value, ignoreCase));
    }
}
