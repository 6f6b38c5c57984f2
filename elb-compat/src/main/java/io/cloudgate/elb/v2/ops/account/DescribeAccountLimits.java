package io.cloudgate.elb.v2.ops.account;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.ops.balancers.V2Limits;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeAccountLimitsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeAccountLimitsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Limit;

/** The quotas this gateway enforces, under AWS's limit names. */
public final class DescribeAccountLimits
        implements Operation<DescribeAccountLimitsRequest, DescribeAccountLimitsResponse> {

    @Override
    public DescribeAccountLimitsResponse handle(DescribeAccountLimitsRequest request, RequestContext requestContext) {
        return DescribeAccountLimitsResponse.builder().limits(List.of(
                limit("application-load-balancers", V2Limits.LOAD_BALANCERS),
                limit("network-load-balancers", V2Limits.LOAD_BALANCERS),
                limit("target-groups", V2Limits.TARGET_GROUPS),
                limit("listeners-per-application-load-balancer", V2Limits.LISTENERS_PER_BALANCER),
                limit("listeners-per-network-load-balancer", V2Limits.LISTENERS_PER_BALANCER),
                limit("rules-per-application-load-balancer", V2Limits.RULES_PER_BALANCER),
                limit("targets-per-application-load-balancer", V2Limits.TARGETS_PER_GROUP))).build();
    }

    private static Limit limit(String name, int max) {
        return Limit.builder().name(name).max(String.valueOf(max)).build();
    }
}
