package io.cloudgate.elb.v2.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A stored target group with its registered targets. */
public record TargetGroupDoc(String arn, String name, String id, String protocol, String protocolVersion,
                             Integer port, String vpcId, String targetType, HealthCheckDoc healthCheck,
                             Map<String, String> attributes, Map<String, String> tags, List<TargetDoc> targets,
                             Instant createdAt) {

    public record TargetDoc(String id, int port, String availabilityZone) {
    }

    public boolean http() {
        return "HTTP".equals(protocol) || "HTTPS".equals(protocol);
    }

    public TargetGroupDoc withHealthCheck(HealthCheckDoc changed) {
        return new TargetGroupDoc(arn, name, id, protocol, protocolVersion, port, vpcId, targetType, changed,
                attributes, tags, targets, createdAt);
    }

    public TargetGroupDoc withAttributes(Map<String, String> changed) {
        return new TargetGroupDoc(arn, name, id, protocol, protocolVersion, port, vpcId, targetType, healthCheck,
                Map.copyOf(changed), tags, targets, createdAt);
    }

    public TargetGroupDoc withTags(Map<String, String> changed) {
        return new TargetGroupDoc(arn, name, id, protocol, protocolVersion, port, vpcId, targetType, healthCheck,
                attributes, Map.copyOf(changed), targets, createdAt);
    }

    public TargetGroupDoc withTargets(List<TargetDoc> changed) {
        return new TargetGroupDoc(arn, name, id, protocol, protocolVersion, port, vpcId, targetType, healthCheck,
                attributes, tags, List.copyOf(changed), createdAt);
    }
}
