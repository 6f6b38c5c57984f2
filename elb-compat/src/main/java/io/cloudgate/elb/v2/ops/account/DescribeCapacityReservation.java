package io.cloudgate.elb.v2.ops.account;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeCapacityReservationRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeCapacityReservationResponse;

/** No balancer has reserved capacity here; answered for the balancers that exist (Terraform reads it). */
public final class DescribeCapacityReservation
        implements Operation<DescribeCapacityReservationRequest, DescribeCapacityReservationResponse> {
    private static final int DECREASE_REQUESTS_PER_DAY = 4;

    private final V2Context context;

    public DescribeCapacityReservation(V2Context context) {
        this.context = context;
    }

    @Override
    public DescribeCapacityReservationResponse handle(DescribeCapacityReservationRequest request,
                                                      RequestContext requestContext) {
        context.store().balancer(requestContext.principal().accountId(), request.loadBalancerArn());
        return DescribeCapacityReservationResponse.builder().decreaseRequestsRemaining(DECREASE_REQUESTS_PER_DAY)
                .build();
    }
}
