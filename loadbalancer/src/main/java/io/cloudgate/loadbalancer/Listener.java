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
 * @param protocol      HTTP or TCP: what the balancer speaks inside TLS when {@code tls} is set
 * @param idleTimeout   a connection idle this long is closed, both sides
 * @param forwardedProto the value of X-Forwarded-Proto (the client-facing protocol: http or https)
 * @param tls           null for plain listeners; else clients speak TLS (HTTPS, or SSL over TCP), terminated by the
 *                      balancer, and members get plain HTTP or plain bytes
 */
public record Listener(String id, String bindAddress, int port, Protocol protocol, Duration idleTimeout,
                       String forwardedProto, List<Rule> rules, Action defaultAction, Tls tls) {
    public Listener {
        rules = List.copyOf(rules);
    }

    /** A plain (non-TLS) listener. */
    public Listener(String id, String bindAddress, int port, Protocol protocol, Duration idleTimeout,
                    String forwardedProto, List<Rule> rules, Action defaultAction) {
        this(id, bindAddress, port, protocol, idleTimeout, forwardedProto, rules, defaultAction, null);
    }

    public enum Protocol {
        HTTP, TCP
    }

    /**
     * TLS termination. The first certificate is the default; the others are chosen by the client's SNI server name
     * matching one of their DNS names (subject alternative names, else the common name; "*." wildcards allowed).
     */
    public record Tls(List<Certificate> certificates) {
        public Tls {
            certificates = List.copyOf(certificates);
        }
    }

    /**
     * @param chainPem      the server certificate followed by its intermediates, PEM
     * @param privateKeyPem the certificate's unencrypted private key, PKCS#8 PEM ("BEGIN PRIVATE KEY"), RSA or EC
     */
    public record Certificate(String chainPem, String privateKeyPem) {
        @Override
        public String toString() {
            return "Certificate[chainPem=" + chainPem.length() + " chars, privateKeyPem=(hidden)]";
        }
    }
}
