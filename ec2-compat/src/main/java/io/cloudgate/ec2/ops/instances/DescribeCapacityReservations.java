package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeCapacityReservationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeCapacityReservationsResponse;

/** This cloud offers no capacity reservations: the truthful listing is empty, and a named one does not exist. */
final class DescribeCapacityReservations
        implements Operation<DescribeCapacityReservationsRequest, DescribeCapacityReservationsResponse> {
    @Override
    public DescribeCapacityReservationsResponse handle(DescribeCapacityReservationsRequest request,
                                                       RequestContext context) {
        if (!request.capacityReservationIds().isEmpty()) {
            throw AwsException.badRequest("InvalidCapacityReservationId.NotFound", "The Capacity Reservation ID '"
                    + request.capacityReservationIds().getFirst() + "' does not exist.");
        }
        DryRun.check(request.dryRun());
        return DescribeCapacityReservationsResponse.builder().capacityReservations(List.of()).build();
    }
}
