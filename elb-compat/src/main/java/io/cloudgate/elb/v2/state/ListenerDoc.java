package io.cloudgate.elb.v2.state;

import java.util.List;
import java.util.Map;

/**
 * A listener of a stored load balancer; rules exclude the default rule (the default actions). Certificates: the
 * default one first, then those added with AddListenerCertificates.
 */
public record ListenerDoc(String arn, String id, int port, String protocol, String sslPolicy,
                          List<String> certificates, List<ActionDoc> defaultActions, List<RuleDoc> rules,
                          Map<String, String> attributes, Map<String, String> tags) {

    public ListenerDoc withRules(List<RuleDoc> changed) {
        return new ListenerDoc(arn, id, port, protocol, sslPolicy, certificates, defaultActions, List.copyOf(changed),
                attributes, tags);
    }

    /** @param changed the default certificate first, then those offered by SNI */
    public ListenerDoc withCertificates(List<String> changed) {
        return new ListenerDoc(arn, id, port, protocol, sslPolicy, List.copyOf(changed), defaultActions, rules,
                attributes, tags);
    }

    public ListenerDoc withAttributes(Map<String, String> changed) {
        return new ListenerDoc(arn, id, port, protocol, sslPolicy, certificates, defaultActions, rules,
                Map.copyOf(changed), tags);
    }

    public ListenerDoc withTags(Map<String, String> changed) {
        return new ListenerDoc(arn, id, port, protocol, sslPolicy, certificates, defaultActions, rules, attributes,
                Map.copyOf(changed));
    }

    /** Whether the listener terminates HTTP (HTTP and HTTPS) rather than relaying bytes. */
    public boolean http() {
        return "HTTP".equals(protocol) || "HTTPS".equals(protocol);
    }
}
