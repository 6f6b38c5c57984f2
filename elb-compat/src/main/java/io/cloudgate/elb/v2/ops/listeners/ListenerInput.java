package io.cloudgate.elb.v2.ops.listeners;

import io.cloudgate.api.AwsException;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.V2Errors;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;

/**
 * Checks of a listener's protocol, port and certificates. Certificate ARNs are resolved (CertificateNotFound) when
 * the balancer is applied; the SSL policy is recorded but the data plane's TLS defaults apply.
 */
final class ListenerInput {
    static final String DEFAULT_SSL_POLICY = "ELBSecurityPolicy-2016-08";

    private ListenerInput() {
    }

    static String protocol(LoadBalancerDoc balancer, String requested) {
        String protocol = requested != null ? requested : balancer.network() ? "TCP" : "HTTP";
        List<String> allowed = balancer.network() ? List.of("TCP") : List.of("HTTP", "HTTPS");
        if (!allowed.contains(protocol)) {
            throw AwsException.badRequest("UnsupportedProtocol", "Protocol '" + protocol
                    + "' is not supported for " + balancer.type() + " load balancers");
        }
        return protocol;
    }

    static int port(Integer port) {
        if (port == null) {
            throw AwsException.validation("A listener port must be specified");
        }
        if (port < 1 || port > 65535) {
            throw AwsException.validation("1 validation error detected: Value '" + port + "' at 'port' failed to "
                    + "satisfy constraint: Member must have value " + (port < 1 ? "greater than or equal to 1"
                    : "less than or equal to 65535"));
        }
        return port;
    }

    static void uniquePort(LoadBalancerDoc balancer, int port, String exceptArn) {
        for (ListenerDoc listener : balancer.listeners()) {
            if (listener.port() == port && !listener.arn().equals(exceptArn)) {
                throw V2Errors.duplicateListener();
            }
        }
    }

    /** The balancer with the listener of the same ARN replaced. */
    static LoadBalancerDoc replacing(LoadBalancerDoc balancer, ListenerDoc changed) {
        return balancer.withListeners(balancer.listeners().stream()
                .map(listener -> listener.arn().equals(changed.arn()) ? changed : listener).toList());
    }

    /** Certificate lists belong to HTTPS listeners only. */
    static void requireSecure(ListenerDoc listener) {
        if (!"HTTPS".equals(listener.protocol())) {
            throw V2Errors.invalidConfiguration("Certificates can only be used with HTTPS or TLS listeners");
        }
    }

    /** The ARNs of request certificates; at least one, none blank. */
    static List<String> arns(List<Certificate> certificates) {
        if (certificates.isEmpty() || certificates.stream().anyMatch(c -> c.certificateArn() == null
                || c.certificateArn().isBlank())) {
            throw V2Errors.validation("A certificate ARN must be specified");
        }
        return certificates.stream().map(Certificate::certificateArn).distinct().toList();
    }

    static List<String> certificates(String protocol, List<Certificate> certificates) {
        if (!"HTTPS".equals(protocol)) {
            return List.of();
        }
        if (certificates.isEmpty()) {
            throw AwsException.badRequest("CertificateNotFound", "A certificate must be specified for HTTPS "
                    + "listeners");
        }
        return certificates.stream().map(Certificate::certificateArn).toList();
    }
}
