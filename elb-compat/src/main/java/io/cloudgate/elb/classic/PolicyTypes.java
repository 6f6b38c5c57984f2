package io.cloudgate.elb.classic;

import io.cloudgate.elb.classic.ClassicBalancer.PolicyAttributeDoc;
import io.cloudgate.elb.classic.ClassicBalancer.PolicyDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.elasticloadbalancing.model.PolicyAttributeTypeDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.PolicyTypeDescription;

/** AWS's standard classic policy types and its predefined SSL negotiation policies. */
final class PolicyTypes {
    static final String SSL_NEGOTIATION = "SSLNegotiationPolicyType";
    static final String PROXY_PROTOCOL = "ProxyProtocolPolicyType";
    static final String BACKEND_AUTHENTICATION = "BackendServerAuthenticationPolicyType";
    static final String PUBLIC_KEY = "PublicKeyPolicyType";

    /** An attribute a policy of the type takes; cardinality ONE, ZERO_OR_ONE, ZERO_OR_MORE or ONE_OR_MORE. */
    record AttributeType(String name, String type, String cardinality, String defaultValue) {
        boolean required() {
            return cardinality.startsWith("ONE");
        }
    }

    record PolicyType(String name, String description, List<AttributeType> attributes) {
        PolicyTypeDescription toSdk() {
            return PolicyTypeDescription.builder().policyTypeName(name).description(description)
                    .policyAttributeTypeDescriptions(attributes.stream()
                            .map(a -> PolicyAttributeTypeDescription.builder().attributeName(a.name())
                                    .attributeType(a.type()).cardinality(a.cardinality())
                                    .defaultValue(a.defaultValue()).build())
                            .toList())
                    .build();
        }
    }

    private static final List<String> CIPHERS = List.of("ECDHE-ECDSA-AES128-GCM-SHA256",
            "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
            "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES128-SHA256", "AES128-GCM-SHA256", "AES256-GCM-SHA384");

    static final List<PolicyType> STANDARD = List.of(
            new PolicyType(SSL_NEGOTIATION, "Listener policy that defines the ciphers and protocols that will be "
                    + "accepted by the load balancer. This policy can be associated only with HTTPS/SSL listeners.",
                    sslAttributes()),
            new PolicyType(PROXY_PROTOCOL, "Policy that controls whether to include the IP address and port of the "
                    + "originating request for TCP messages. This policy operates on TCP/SSL listeners only",
                    List.of(new AttributeType("ProxyProtocol", "Boolean", "ONE", null))),
            new PolicyType(BACKEND_AUTHENTICATION, "Policy that controls authentication to back-end server(s) and "
                    + "contains one or more policies, such as an instance of a PublicKeyPolicyType. This policy can "
                    + "be associated only with back-end servers that are using HTTPS/SSL.",
                    List.of(new AttributeType("PublicKeyPolicyName", "PolicyName", "ONE_OR_MORE", null))),
            new PolicyType(PUBLIC_KEY, "Policy containing a list of public keys to accept when authenticating the "
                    + "back-end server(s). This policy cannot be applied directly to back-end servers or listeners "
                    + "but must be part of a BackendServerAuthenticationPolicyType.",
                    List.of(new AttributeType("PublicKey", "String", "ONE", null))),
            new PolicyType(ClassicTranslation.APP_COOKIE_TYPE, "Stickiness policy with session lifetimes controlled "
                    + "by the lifetime of the application-generated cookie. This policy can be associated only with "
                    + "HTTP/HTTPS listeners.", List.of(new AttributeType("CookieName", "String", "ONE", null))),
            new PolicyType(ClassicTranslation.LB_COOKIE_TYPE, "Stickiness policy with session lifetimes controlled "
                    + "by the browser (user-agent) or a specified expiration period. This policy can be associated "
                    + "only with HTTP/HTTPS listeners.",
                    List.of(new AttributeType("CookieExpirationPeriod", "Long", "ZERO_OR_ONE", null))));

    /** The predefined SSL negotiation policies every balancer can use by reference. */
    static final List<PolicyDoc> PREDEFINED = List.of(
            sslPolicy("ELBSecurityPolicy-2016-08", true),
            sslPolicy("ELBSecurityPolicy-TLS-1-1-2017-01", true),
            sslPolicy("ELBSecurityPolicy-TLS-1-2-2017-01", false));

    private PolicyTypes() {
    }

    static Optional<PolicyType> find(String name) {
        return STANDARD.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static List<AttributeType> sslAttributes() {
        List<AttributeType> attributes = new ArrayList<>();
        for (String protocol : List.of("Protocol-SSLv3", "Protocol-TLSv1", "Protocol-TLSv1.1", "Protocol-TLSv1.2",
                "Server-Defined-Cipher-Order")) {
            attributes.add(new AttributeType(protocol, "Boolean", "ZERO_OR_ONE", null));
        }
        attributes.add(new AttributeType("Reference-Security-Policy", "String", "ZERO_OR_ONE", null));
        CIPHERS.forEach(cipher -> attributes.add(new AttributeType(cipher, "Boolean", "ZERO_OR_ONE", null)));
        return List.copyOf(attributes);
    }

    private static PolicyDoc sslPolicy(String name, boolean tls11) {
        List<PolicyAttributeDoc> attributes = new ArrayList<>();
        attributes.add(new PolicyAttributeDoc("Protocol-TLSv1", "false"));
        attributes.add(new PolicyAttributeDoc("Protocol-TLSv1.1", String.valueOf(tls11)));
        attributes.add(new PolicyAttributeDoc("Protocol-TLSv1.2", "true"));
        attributes.add(new PolicyAttributeDoc("Server-Defined-Cipher-Order", "true"));
        CIPHERS.forEach(cipher -> attributes.add(new PolicyAttributeDoc(cipher, "true")));
        return new PolicyDoc(name, SSL_NEGOTIATION, List.copyOf(attributes));
    }
}
