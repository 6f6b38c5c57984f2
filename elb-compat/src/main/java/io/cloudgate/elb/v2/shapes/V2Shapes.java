package io.cloudgate.elb.v2.shapes;

import io.cloudgate.elb.core.BalancerDns;
import io.cloudgate.elb.v2.state.ActionDoc;
import io.cloudgate.elb.v2.state.ConditionDoc;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.RuleDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ForwardActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HostHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HttpHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerState;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Matcher;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PathPatternConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.QueryStringConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.QueryStringKeyValuePair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupStickinessConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;

/** Stored ELBv2 state rendered as the SDK's response shapes. */
public final class V2Shapes {
    private V2Shapes() {
    }

    /** @param zoneOfSubnet the availability zone of a subnet id */
    public static LoadBalancer loadBalancer(LoadBalancerDoc balancer, String state, BalancerDns dns,
                                            Function<String, String> zoneOfSubnet) {
        LoadBalancer.Builder builder = LoadBalancer.builder()
                .loadBalancerArn(balancer.arn()).loadBalancerName(balancer.name()).dnsName(balancer.dnsName())
                .canonicalHostedZoneId(dns.canonicalHostedZoneId(balancer.network()))
                .createdTime(balancer.createdAt()).scheme(balancer.scheme()).vpcId(balancer.vpcId())
                .type(balancer.type()).ipAddressType(balancer.ipAddressType())
                .state(LoadBalancerState.builder().code(state).build())
                .availabilityZones(balancer.subnetIds().stream().map(subnet -> AvailabilityZone.builder()
                        .subnetId(subnet).zoneName(zoneOfSubnet.apply(subnet)).build()).toList());
        if (!balancer.network() || !balancer.securityGroups().isEmpty()) {
            builder.securityGroups(balancer.securityGroups());
        }
        return builder.build();
    }

    public static Listener listener(LoadBalancerDoc balancer, ListenerDoc listener) {
        Listener.Builder builder = Listener.builder().listenerArn(listener.arn()).loadBalancerArn(balancer.arn())
                .port(listener.port()).protocol(listener.protocol())
                .defaultActions(actions(listener.defaultActions()));
        if (listener.sslPolicy() != null) {
            // DescribeListeners shows the default certificate only; DescribeListenerCertificates shows them all.
            builder.sslPolicy(listener.sslPolicy()).certificates(listener.certificates().stream().limit(1)
                    .map(arn -> Certificate.builder().certificateArn(arn).build()).toList());
        }
        return builder.build();
    }

    public static Rule rule(RuleDoc rule) {
        return Rule.builder().ruleArn(rule.arn()).priority(String.valueOf(rule.priority())).isDefault(false)
                .conditions(rule.conditions().stream().map(V2Shapes::condition).toList())
                .actions(actions(rule.actions())).build();
    }

    /** A listener's default actions as the rule AWS lists last, with priority "default". */
    public static Rule defaultRule(ListenerDoc listener) {
        return Rule.builder().ruleArn(defaultRuleArn(listener)).priority("default").isDefault(true)
                .conditions(List.of()).actions(actions(listener.defaultActions())).build();
    }

    /** The default rule's ARN: the listener's, as a listener-rule, ending in the listener's id. */
    public static String defaultRuleArn(ListenerDoc listener) {
        return listener.arn().replace(":listener/", ":listener-rule/") + "/" + listener.id();
    }

    public static TargetGroup targetGroup(TargetGroupDoc group, List<String> balancerArns) {
        TargetGroup.Builder builder = TargetGroup.builder().targetGroupArn(group.arn())
                .targetGroupName(group.name()).protocol(group.protocol()).port(group.port()).vpcId(group.vpcId())
                .targetType(group.targetType()).ipAddressType("ipv4").loadBalancerArns(balancerArns)
                .healthCheckEnabled(group.healthCheck().enabled())
                .healthCheckProtocol(group.healthCheck().protocol()).healthCheckPort(group.healthCheck().port())
                .healthCheckIntervalSeconds(group.healthCheck().intervalSeconds())
                .healthCheckTimeoutSeconds(group.healthCheck().timeoutSeconds())
                .healthyThresholdCount(group.healthCheck().healthyThreshold())
                .unhealthyThresholdCount(group.healthCheck().unhealthyThreshold());
        if (group.protocolVersion() != null) {
            builder.protocolVersion(group.protocolVersion());
        }
        if (group.healthCheck().path() != null) {
            builder.healthCheckPath(group.healthCheck().path());
        }
        if (group.healthCheck().matcher() != null) {
            builder.matcher(Matcher.builder().httpCode(group.healthCheck().matcher()).build());
        }
        return builder.build();
    }

    public static List<Action> actions(List<ActionDoc> actions) {
        return actions.stream().map(V2Shapes::action).toList();
    }

    private static Action action(ActionDoc action) {
        Action.Builder builder = Action.builder().type(action.type()).order(action.order());
        switch (action.type()) {
            case "redirect" -> {
                ActionDoc.Redirect r = action.redirect();
                builder.redirectConfig(RedirectActionConfig.builder().protocol(r.protocol()).port(r.port())
                        .host(r.host()).path(r.path()).query(r.query()).statusCode(r.statusCode()).build());
            }
            case "fixed-response" -> builder.fixedResponseConfig(FixedResponseActionConfig.builder()
                    .statusCode(action.fixed().statusCode()).contentType(action.fixed().contentType())
                    .messageBody(action.fixed().messageBody()).build());
            default -> {
                if (action.targetGroups().size() == 1) {
                    builder.targetGroupArn(action.targetGroups().getFirst().targetGroupArn());
                }
                builder.forwardConfig(ForwardActionConfig.builder()
                        .targetGroups(action.targetGroups().stream().map(weighted -> TargetGroupTuple.builder()
                                .targetGroupArn(weighted.targetGroupArn()).weight(weighted.weight()).build())
                                .toList())
                        .targetGroupStickinessConfig(TargetGroupStickinessConfig.builder()
                                .enabled(action.stickinessEnabled())
                                .durationSeconds(action.stickinessEnabled() ? action.stickinessSeconds() : null)
                                .build())
                        .build());
            }
        }
        return builder.build();
    }

    public static RuleCondition condition(ConditionDoc condition) {
        RuleCondition.Builder builder = RuleCondition.builder().field(condition.field());
        switch (condition.field()) {
            case "path-pattern" -> builder.values(condition.values())
                    .pathPatternConfig(PathPatternConditionConfig.builder().values(condition.values()).build());
            case "host-header" -> builder.values(condition.values())
                    .hostHeaderConfig(HostHeaderConditionConfig.builder().values(condition.values()).build());
            case "http-header" -> builder.httpHeaderConfig(HttpHeaderConditionConfig.builder()
                    .httpHeaderName(condition.headerName()).values(condition.values()).build());
            default -> builder.queryStringConfig(QueryStringConditionConfig.builder()
                    .values(condition.queryPairs().stream().map(pair -> QueryStringKeyValuePair.builder()
                            .key(pair.key()).value(pair.value()).build()).toList()).build());
        }
        return builder.build();
    }

    public static List<Tag> tags(Map<String, String> tags) {
        return tags.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> Tag.builder().key(entry.getKey()).value(entry.getValue()).build()).toList();
    }
}
