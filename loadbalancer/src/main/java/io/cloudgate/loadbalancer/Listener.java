package io.cloudgate.loadbalancer;

import java.time.Duration;
import java.util.List;

/**
 * A socket the balancer accepts on. HTTP listeners terminate HTTP/1.1 (keep-alive, X-Forwarded-For/-Proto/-Port
 * added) and route each request by the first matching rule, in ascending priority, else the default action. TCP
 * listeners forward bytes to a member of the default action's pool and ignore rules.
 *
 * @param bindAddress   IP literal to bind, e.g. an address of 127.0.0.0/8
 * @param port          port to bind
 * @param protocol      HTTP or TCP (TLS termination is the caller's concern until certificates exist)
 * @param idleTimeout   a connection idle this long is closed, both sides
 * @param forwardedProto the value of X-Forwarded-Proto (the client-facing protocol: http or https)
 */
public record Listener(String id, String bindAddress, int port, Protocol protocol, Duration idleTimeout,
                       String forwardedProto, List<Rule> rules, Action defaultAction) {
    public Listener {
        rules = List.copyOf(rules);
    }

    public enum Protocol {
        HTTP, TCP
    }
}
