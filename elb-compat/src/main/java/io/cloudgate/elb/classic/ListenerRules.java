package io.cloudgate.elb.classic;

import io.cloudgate.elb.classic.ClassicBalancer.ClassicListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancing.model.Listener;

/** Checks and normalizes classic listeners as CreateLoadBalancer and CreateLoadBalancerListeners receive them. */
final class ListenerRules {
    private static final Set<String> PROTOCOLS = Set.of("HTTP", "HTTPS", "TCP", "SSL");
    /** The front-end ports classic balancers accept besides 1024-65535. */
    private static final Set<Integer> LOW_PORTS = Set.of(25, 80, 443, 465, 587);

    private ListenerRules() {
    }

    static ClassicListener normalize(Listener listener) {
        if (listener == null) {
            throw ClassicErrors.validation("Listener cannot be empty");
        }
        String protocol = protocol(listener.protocol(), "Protocol");
        if (listener.loadBalancerPort() == null || listener.instancePort() == null) {
            throw ClassicErrors.validation("LoadBalancerPort and InstancePort are required for every listener");
        }
        int port = listener.loadBalancerPort();
        if (!LOW_PORTS.contains(port) && (port < 1024 || port > 65535)) {
            throw ClassicErrors.validation("LoadBalancerPort must be one of 25, 80, 443, 465, 587 or within "
                    + "1024-65535: " + port);
        }
        int instancePort = listener.instancePort();
        if (instancePort < 1 || instancePort > 65535) {
            throw ClassicErrors.validation("InstancePort must be within 1-65535: " + instancePort);
        }
        String instanceProtocol = listener.instanceProtocol() == null ? plain(protocol)
                : protocol(listener.instanceProtocol(), "InstanceProtocol");
        if (layer7(protocol) != layer7(instanceProtocol)) {
            throw ClassicErrors.validation("Instance protocol '" + instanceProtocol
                    + "' conflicts with the front-end protocol '" + protocol + "'");
        }
        boolean secure = protocol.equals("HTTPS") || protocol.equals("SSL");
        String certificate = blankToNull(listener.sslCertificateId());
        if (secure && certificate == null) {
            throw ClassicErrors.validation("SSLCertificateId is required for an " + protocol + " listener");
        }
        return new ClassicListener(protocol, port, instanceProtocol, instancePort, secure ? certificate : null,
                List.of());
    }

    /**
     * The listeners after adding these: a listener identical to an existing one is a no-op, one on an existing
     * port with other settings is DuplicateListener.
     */
    static List<ClassicListener> merge(String balancerName, List<ClassicListener> existing,
                                       List<ClassicListener> added) {
        List<ClassicListener> merged = new ArrayList<>(existing);
        for (ClassicListener listener : added) {
            ClassicListener same = merged.stream().filter(l -> l.port() == listener.port()).findFirst().orElse(null);
            if (same == null) {
                merged.add(listener);
            } else if (!sameSettings(same, listener)) {
                throw ClassicErrors.duplicateListener(balancerName, listener.port());
            }
        }
        return merged;
    }

    static int port(String text, String what) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw ClassicErrors.validation(what + " must be a number within 1-65535: " + text);
    }

    private static boolean sameSettings(ClassicListener a, ClassicListener b) {
        return a.protocol().equals(b.protocol()) && a.instanceProtocol().equals(b.instanceProtocol())
                && a.instancePort() == b.instancePort() && Objects.equals(a.certificateId(), b.certificateId());
    }

    private static String protocol(String value, String member) {
        String upper = value == null ? null : value.toUpperCase(Locale.ROOT);
        if (upper == null || !PROTOCOLS.contains(upper)) {
            throw ClassicErrors.validation("Invalid " + member + " " + value
                    + ": must be one of HTTP, HTTPS, TCP, SSL");
        }
        return upper;
    }

    private static String plain(String protocol) {
        return layer7(protocol) ? "HTTP" : "TCP";
    }

    private static boolean layer7(String protocol) {
        return protocol.equals("HTTP") || protocol.equals("HTTPS");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
