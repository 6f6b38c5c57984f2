package io.cloudgate.elb.v2.plane;

import io.cloudgate.elb.core.InstanceMembers;
import io.cloudgate.elb.v2.state.HealthCheckDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A target group as a data-plane pool. Instance targets become members at the instance's address while the
 * instance runs (a stopped instance takes no traffic); ip targets at their address. A member's id is
 * {@code <target id>:<port>}, which is how health is reported back.
 */
final class PoolTranslation {
    private final InstanceMembers instances;

    PoolTranslation(InstanceMembers instances) {
        this.instances = instances;
    }

    Pool pool(String account, TargetGroupDoc group) {
        List<Pool.Member> members = new ArrayList<>();
        for (TargetGroupDoc.TargetDoc target : group.targets()) {
            if ("ip".equals(group.targetType())) {
                members.add(new Pool.Member(memberId(target.id(), target.port()), target.id(), target.port()));
            } else {
                instances.find(account, target.id()).filter(InstanceMembers.InstanceTarget::takesTraffic).ifPresent(
                        instance -> members.add(new Pool.Member(memberId(target.id(), target.port()),
                                instance.address(), instance.port(target.port()))));
            }
        }
        Map<String, String> attributes = group.attributes();
        Listener.Protocol protocol = group.http() ? Listener.Protocol.HTTP : Listener.Protocol.TCP;
        // An explicit health-check port of an instance group is an instance port, shifted like the members'.
        int checkPortOffset = "ip".equals(group.targetType()) ? 0 : instances.loopbackPortOffset();
        return new Pool(group.id(), protocol, members, healthCheck(group.healthCheck(), checkPortOffset),
                "least_outstanding_requests".equals(attributes.get("load_balancing.algorithm.type"))
                        ? Pool.Algorithm.LEAST_OUTSTANDING_REQUESTS : Pool.Algorithm.ROUND_ROBIN,
                stickiness(attributes), Duration.ofSeconds(Long.parseLong(
                        attributes.getOrDefault("deregistration_delay.timeout_seconds", "300"))));
    }

    static String memberId(String targetId, int port) {
        return targetId + ":" + port;
    }

    private static Pool.HealthCheck healthCheck(HealthCheckDoc check, int portOffset) {
        boolean http = "HTTP".equals(check.protocol()) || "HTTPS".equals(check.protocol());
        return new Pool.HealthCheck(http ? Listener.Protocol.HTTP : Listener.Protocol.TCP,
                "traffic-port".equals(check.port()) ? null : Integer.parseInt(check.port()) + portOffset,
                http ? check.path() : null, http ? check.matcher() : null,
                Duration.ofSeconds(check.intervalSeconds()), Duration.ofSeconds(check.timeoutSeconds()),
                check.healthyThreshold(), check.unhealthyThreshold());
    }

    private static Pool.Stickiness stickiness(Map<String, String> attributes) {
        if (!"true".equals(attributes.get("stickiness.enabled"))) {
            return null;
        }
        return switch (attributes.getOrDefault("stickiness.type", "lb_cookie")) {
            case "app_cookie" -> new Pool.Stickiness(Pool.Stickiness.Kind.APPLICATION_COOKIE,
                    attributes.get("stickiness.app_cookie.cookie_name"), Duration.ofSeconds(Long.parseLong(
                    attributes.getOrDefault("stickiness.app_cookie.duration_seconds", "86400"))));
            case "source_ip" -> new Pool.Stickiness(Pool.Stickiness.Kind.SOURCE_ADDRESS, null, null);
            default -> new Pool.Stickiness(Pool.Stickiness.Kind.BALANCER_COOKIE, "AWSALB", Duration.ofSeconds(
                    Long.parseLong(attributes.getOrDefault("stickiness.lb_cookie.duration_seconds", "86400"))));
        };
    }
}
