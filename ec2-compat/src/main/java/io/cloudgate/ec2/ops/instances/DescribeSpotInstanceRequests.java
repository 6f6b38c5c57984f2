package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeSpotInstanceRequestsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSpotInstanceRequestsResponse;

/** This cloud has no Spot market: the truthful listing is empty, and a named request does not exist. */
final class DescribeSpotInstanceRequests
        implements Operation<DescribeSpotInstanceRequestsRequest, DescribeSpotInstanceRequestsResponse> {
    @Override
    public DescribeSpotInstanceRequestsResponse handle(DescribeSpotInstanceRequestsRequest request,
                                                       RequestContext context) {
        if (!request.spotInstanceRequestIds().isEmpty()) {
            throw AwsException.badRequest("InvalidSpotInstanceRequestID.NotFound", "The spot instance request ID '"
                    + request.spotInstanceRequestIds().getFirst() + "' does not exist");
        }
        DryRun.check(request.dryRun());
        return DescribeSpotInstanceRequestsResponse.builder().spotInstanceRequests(List.of()).build();
    }
}
