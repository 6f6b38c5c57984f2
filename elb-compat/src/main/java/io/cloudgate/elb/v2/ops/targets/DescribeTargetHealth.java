package io.cloudgate.elb.v2.ops.targets;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.core.InstanceMembers;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.loadbalancer.MemberHealth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/**
 * The health of a group's targets as the data plane sees them, in AWS's states and reason codes; targets being
 * drained after deregistration are listed too.
 */
public final class DescribeTargetHealth implements Operation<DescribeTargetHealthRequest, DescribeTargetHealthResponse> {
    private final V2Context context;

    public DescribeTargetHealth(V2Context context) {
        this.context = context;
    }

    @Override
    public DescribeTargetHealthResponse handle(DescribeTargetHealthRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        TargetGroupDoc group = context.store().targetGroup(account, request.targetGroupArn());
        List<LoadBalancerDoc> users = context.users(account, group.arn());
        Map<String, MemberHealth> health = new LinkedHashMap<>();
        // Instances that stopped or started since the last apply leave or join their pools before health is read.
        users.forEach(balancer -> context.refresh(account, balancer));
        if (!users.isEmpty()) {
            context.elb().dataPlane().health(users.getFirst().id()).stream()
                    .filter(member -> member.poolId().equals(group.id()))
                    .forEach(member -> health.put(member.memberId(), member));
        }
        InstanceMembers instances = context.elb().instanceMembers();
        TargetHealthStates states = new TargetHealthStates(group);
        List<TargetHealthDescription> descriptions = new ArrayList<>();
        if (request.hasTargets() && !request.targets().isEmpty()) {
            for (TargetDescription asked : request.targets()) {
                int port = asked.port() != null ? asked.port() : group.port();
                Optional<TargetGroupDoc.TargetDoc> registered = group.targets().stream()
                        .filter(target -> target.id().equals(asked.id()) && target.port() == port).findFirst();
                MemberHealth member = health.get(asked.id() + ":" + port);
                descriptions.add(registered.map(target -> states.describe(target, users.isEmpty(),
                                running(instances, account, group, target), member))
                        .orElseGet(() -> states.notRegistered(asked.id(), port, member)));
            }
        } else {
            for (TargetGroupDoc.TargetDoc target : group.targets()) {
                descriptions.add(states.describe(target, users.isEmpty(), running(instances, account, group, target),
                        health.remove(target.id() + ":" + target.port())));
            }
            health.values().stream().filter(member -> member.state() == MemberHealth.State.DRAINING)
                    .forEach(member -> descriptions.add(states.draining(member)));
        }
        return DescribeTargetHealthResponse.builder().targetHealthDescriptions(descriptions).build();
    }

    private static boolean running(InstanceMembers instances, String account, TargetGroupDoc group,
                                   TargetGroupDoc.TargetDoc target) {
        return "ip".equals(group.targetType()) || instances.find(account, target.id())
                .map(InstanceMembers.InstanceTarget::takesTraffic).orElse(false);
    }
}
