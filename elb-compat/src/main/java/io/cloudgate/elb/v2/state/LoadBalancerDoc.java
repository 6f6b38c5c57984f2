package io.cloudgate.elb.v2.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A stored ELBv2 load balancer with its listeners (and their rules), as one document. */
public record LoadBalancerDoc(String arn, String name, String id, String type, String scheme, String ipAddressType,
                              String vpcId, List<String> subnetIds, List<String> securityGroups, String address,
                              String dnsName, Instant createdAt, Map<String, String> attributes,
                              Map<String, String> tags, List<ListenerDoc> listeners) {

    public boolean network() {
        return "network".equals(type);
    }

    public LoadBalancerDoc withListeners(List<ListenerDoc> changed) {
        return new LoadBalancerDoc(arn, name, id, type, scheme, ipAddressType, vpcId, subnetIds, securityGroups,
                address, dnsName, createdAt, attributes, tags, List.copyOf(changed));
    }

    public LoadBalancerDoc withAttributes(Map<String, String> changed) {
        return new LoadBalancerDoc(arn, name, id, type, scheme, ipAddressType, vpcId, subnetIds, securityGroups,
                address, dnsName, createdAt, Map.copyOf(changed), tags, listeners);
    }

    public LoadBalancerDoc withTags(Map<String, String> changed) {
        return new LoadBalancerDoc(arn, name, id, type, scheme, ipAddressType, vpcId, subnetIds, securityGroups,
                address, dnsName, createdAt, attributes, Map.copyOf(changed), listeners);
    }

    public LoadBalancerDoc withNetwork(List<String> changedSubnets, List<String> changedGroups) {
        return new LoadBalancerDoc(arn, name, id, type, scheme, ipAddressType, vpcId, List.copyOf(changedSubnets),
                List.copyOf(changedGroups), address, dnsName, createdAt, attributes, tags, listeners);
    }
}
