package io.cloudgate.elb.classic;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored classic load balancer, as one document: everything DescribeLoadBalancers and the data plane need.
 *
 * @param address         the loopback address its listeners bind, allocated by the core
 * @param backendPolicies policy names per instance port
 */
public record ClassicBalancer(String name, String arn, Instant createdAt, String scheme, String dnsName, String address,
                              String vpcId, List<String> zones, List<String> subnets, List<String> securityGroups,
                              List<ClassicListener> listeners, HealthCheckDoc healthCheck, List<String> instances,
                              ClassicAttributes attributes, List<PolicyDoc> policies,
                              Map<String, List<String>> backendPolicies, Map<String, String> tags) {

    /** @param certificateId null for HTTP and TCP */
    public record ClassicListener(String protocol, int port, String instanceProtocol, int instancePort,
                                  String certificateId, List<String> policyNames) {
        public ClassicListener withPolicies(List<String> names) {
            return new ClassicListener(protocol, port, instanceProtocol, instancePort, certificateId,
                    List.copyOf(names));
        }

        public ClassicListener withCertificate(String changed) {
            return new ClassicListener(protocol, port, instanceProtocol, instancePort, changed, policyNames);
        }

        /** Whether the balancer speaks HTTP on this listener (HTTP and HTTPS) rather than relaying bytes. */
        public boolean http() {
            return "HTTP".equals(protocol) || "HTTPS".equals(protocol);
        }
    }

    /** @param target e.g. "HTTP:80/index.html" or "TCP:22" */
    public record HealthCheckDoc(String target, int interval, int timeout, int unhealthyThreshold,
                                 int healthyThreshold) {
    }

    public record PolicyDoc(String name, String typeName, List<PolicyAttributeDoc> attributes) {
        public String attribute(String attributeName) {
            return attributes.stream().filter(a -> a.name().equals(attributeName)).map(PolicyAttributeDoc::value)
                    .findFirst().orElse(null);
        }
    }

    public record PolicyAttributeDoc(String name, String value) {
    }

    public boolean internal() {
        return "internal".equals(scheme);
    }

    public PolicyDoc policy(String policyName) {
        return policies.stream().filter(p -> p.name().equals(policyName)).findFirst().orElse(null);
    }

    public ClassicBalancer withListeners(List<ClassicListener> changed) {
        return new ClassicBalancer(name, arn, createdAt, scheme, dnsName, address, vpcId, zones, subnets,
                securityGroups, List.copyOf(changed), healthCheck, instances, attributes, policies, backendPolicies,
                tags);
    }

    public ClassicBalancer withHealthCheck(HealthCheckDoc changed) {
        return new ClassicBalancer(name, arn, createdAt, scheme, dnsName, address, vpcId, zones, subnets,
                securityGroups, listeners, changed, instances, attributes, policies, backendPolicies, tags);
    }

    public ClassicBalancer withInstances(List<String> changed) {
        return new ClassicBalancer(name, arn, createdAt, scheme, dnsName, address, vpcId, zones, subnets,
                securityGroups, listeners, healthCheck, List.copyOf(changed), attributes, policies, backendPolicies,
                tags);
    }

    public ClassicBalancer withAttributes(ClassicAttributes changed) {
        return new ClassicBalancer(name, arn, createdAt, scheme, dnsName, address, vpcId, zones, subnets,
                securityGroups, listeners, healthCheck, instances, changed, policies, backendPolicies, tags);
    }

    public ClassicBalancer withPolicies(List<PolicyDoc> changed) {
        return new ClassicBalancer(name, arn, createdAt, scheme, dnsName, address, vpcId, zones, subnets,
                securityGroups, listeners, healthCheck, instances, attributes, List.copyOf(changed), backendPolicies,
                tags);
    }

    public ClassicBalancer withBackendPolicies(Map<String, List<String>> changed) {
        return new ClassicBalancer(name, arn, createdAt, scheme, dnsName, address, vpcId, zones, subnets,
                securityGroups, listeners, healthCheck, instances, attributes, policies, Map.copyOf(changed), tags);
    }

    public ClassicBalancer withPlacement(List<String> changedZones, List<String> changedSubnets) {
        return new ClassicBalancer(name, arn, createdAt, scheme, dnsName, address, vpcId, List.copyOf(changedZones),
                List.copyOf(changedSubnets), securityGroups, listeners, healthCheck, instances, attributes, policies,
                backendPolicies, tags);
    }

    public ClassicBalancer withSecurityGroups(List<String> changed) {
        return new ClassicBalancer(name, arn, createdAt, scheme, dnsName, address, vpcId, zones, subnets,
                List.copyOf(changed), listeners, healthCheck, instances, attributes, policies, backendPolicies, tags);
    }

    public ClassicBalancer withTags(Map<String, String> changed) {
        return new ClassicBalancer(name, arn, createdAt, scheme, dnsName, address, vpcId, zones, subnets,
                securityGroups, listeners, healthCheck, instances, attributes, policies, backendPolicies,
                Map.copyOf(changed));
    }
}
