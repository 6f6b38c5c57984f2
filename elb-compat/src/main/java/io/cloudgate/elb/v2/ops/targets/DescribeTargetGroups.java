package io.cloudgate.elb.v2.ops.targets;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.V2References;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.elb.v2.state.V2Errors;
import io.cloudgate.elb.v2.state.V2Pages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsResponse;

/** Lists target groups: all, by ARN, by name, or those a balancer forwards to. */
public final class DescribeTargetGroups implements Operation<DescribeTargetGroupsRequest, DescribeTargetGroupsResponse> {
    private final V2Context context;

    public DescribeTargetGroups(V2Context context) {
        this.context = context;
    }

    @Override
    public DescribeTargetGroupsResponse handle(DescribeTargetGroupsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<LoadBalancerDoc> balancers = context.store().balancers(account);
        List<TargetGroupDoc> found = new ArrayList<>();
        if (request.hasTargetGroupArns() && !request.targetGroupArns().isEmpty()) {
            request.targetGroupArns().forEach(arn -> found.add(context.store().targetGroup(account, arn)));
        } else if (request.hasNames() && !request.names().isEmpty()) {
            request.names().forEach(name -> found.add(context.store().targetGroupByName(account, name)
                    .orElseThrow(V2Errors::targetGroupNotFound)));
        } else if (request.loadBalancerArn() != null) {
            LoadBalancerDoc balancer = context.store().balancer(account, request.loadBalancerArn());
            V2References.groupArns(balancer).distinct().forEach(arn ->
                    context.store().findTargetGroup(account, arn).ifPresent(found::add));
        } else {
            found.addAll(context.store().targetGroups(account));
            found.sort(Comparator.comparing(TargetGroupDoc::createdAt));
        }
        V2Pages.Page<TargetGroupDoc> page = V2Pages.of(found, TargetGroupDoc::arn, request.marker(),
                request.pageSize());
        return DescribeTargetGroupsResponse.builder().targetGroups(page.items().stream().map(group ->
                V2Shapes.targetGroup(group, balancers.stream()
                        .filter(balancer -> V2References.forwardsTo(balancer, group.arn()))
                        .map(LoadBalancerDoc::arn).toList())).toList()).nextMarker(page.nextMarker()).build();
    }
}
