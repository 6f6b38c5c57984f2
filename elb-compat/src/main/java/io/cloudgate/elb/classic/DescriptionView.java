package io.cloudgate.elb.classic;

import io.cloudgate.elb.classic.ClassicBalancer.ClassicListener;
import io.cloudgate.elb.classic.ClassicBalancer.PolicyDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancing.model.AppCookieStickinessPolicy;
import software.amazon.awssdk.services.elasticloadbalancing.model.BackendServerDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.HealthCheck;
import software.amazon.awssdk.services.elasticloadbalancing.model.Instance;
import software.amazon.awssdk.services.elasticloadbalancing.model.LBCookieStickinessPolicy;
import software.amazon.awssdk.services.elasticloadbalancing.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancing.model.ListenerDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.Policies;
import software.amazon.awssdk.services.elasticloadbalancing.model.SourceSecurityGroup;

/** A stored balancer as DescribeLoadBalancers shows it. */
final class DescriptionView {
    private DescriptionView() {
    }

    /**
     * @param hostedZoneId   AWS's canonical hosted zone id of classic balancers in the region
     * @param sourceGroup    the name of the balancer's first security group, or null
     */
    static LoadBalancerDescription describe(ClassicBalancer balancer, String account, String hostedZoneId,
                                            String sourceGroup) {
        var description = LoadBalancerDescription.builder()
                .loadBalancerName(balancer.name())
                .dnsName(balancer.dnsName())
                .canonicalHostedZoneNameID(hostedZoneId)
                .listenerDescriptions(balancer.listeners().stream().map(DescriptionView::listener).toList())
                .policies(policies(balancer))
                .backendServerDescriptions(backends(balancer.backendPolicies()))
                .availabilityZones(balancer.zones())
                .subnets(balancer.subnets())
                .vpcId(balancer.vpcId())
                .instances(balancer.instances().stream().map(id -> Instance.builder().instanceId(id).build())
                        .toList())
                .healthCheck(healthCheck(balancer.healthCheck()))
                .securityGroups(balancer.securityGroups())
                .createdTime(balancer.createdAt())
                .scheme(balancer.scheme());
        if (!balancer.internal()) {
            description.canonicalHostedZoneName(balancer.dnsName());
        }
        if (sourceGroup != null) {
            description.sourceSecurityGroup(SourceSecurityGroup.builder().ownerAlias(account).groupName(sourceGroup)
                    .build());
        }
        return description.build();
    }

    static HealthCheck healthCheck(ClassicBalancer.HealthCheckDoc check) {
        return HealthCheck.builder().target(check.target()).interval(check.interval()).timeout(check.timeout())
                .unhealthyThreshold(check.unhealthyThreshold()).healthyThreshold(check.healthyThreshold()).build();
    }

    private static ListenerDescription listener(ClassicListener listener) {
        return ListenerDescription.builder()
                .listener(Listener.builder().protocol(listener.protocol()).loadBalancerPort(listener.port())
                        .instanceProtocol(listener.instanceProtocol()).instancePort(listener.instancePort())
                        .sslCertificateId(listener.certificateId()).build())
                .policyNames(listener.policyNames())
                .build();
    }

    private static Policies policies(ClassicBalancer balancer) {
        List<AppCookieStickinessPolicy> app = new ArrayList<>();
        List<LBCookieStickinessPolicy> lb = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (PolicyDoc policy : balancer.policies()) {
            switch (policy.typeName()) {
                case ClassicTranslation.APP_COOKIE_TYPE -> app.add(AppCookieStickinessPolicy.builder()
                        .policyName(policy.name()).cookieName(policy.attribute("CookieName")).build());
                case ClassicTranslation.LB_COOKIE_TYPE -> {
                    String period = policy.attribute("CookieExpirationPeriod");
                    lb.add(LBCookieStickinessPolicy.builder().policyName(policy.name())
                            .cookieExpirationPeriod(period == null ? null : Long.valueOf(period)).build());
                }
                default -> other.add(policy.name());
            }
        }
        return Policies.builder().appCookieStickinessPolicies(app).lbCookieStickinessPolicies(lb)
                .otherPolicies(other).build();
    }

    private static List<BackendServerDescription> backends(Map<String, List<String>> byPort) {
        return byPort.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))))
                .map(e -> BackendServerDescription.builder().instancePort(Integer.parseInt(e.getKey()))
                        .policyNames(e.getValue()).build())
                .toList();
    }
}
