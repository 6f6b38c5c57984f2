package io.cloudgate.ec2.ops.account;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeAccountAttributesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAccountAttributesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypeOfferingsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypeOfferingsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;

/** Regions, zones, account attributes and instance types. */
public final class AccountOperations {
    private AccountOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        return List.of(
                BoundOperation.of(operation("DescribeRegions", DescribeRegionsRequest::builder,
                        DescribeRegionsResponse::builder), new DescribeRegions(context)),
                BoundOperation.of(operation("DescribeAvailabilityZones", DescribeAvailabilityZonesRequest::builder,
                        DescribeAvailabilityZonesResponse::builder), new DescribeAvailabilityZones(context)),
                BoundOperation.of(operation("DescribeAccountAttributes", DescribeAccountAttributesRequest::builder,
                        DescribeAccountAttributesResponse::builder), new DescribeAccountAttributes(context)),
                BoundOperation.of(operation("DescribeInstanceTypes", DescribeInstanceTypesRequest::builder,
                        DescribeInstanceTypesResponse::builder), new DescribeInstanceTypes(context)),
                BoundOperation.of(operation("DescribeInstanceTypeOfferings",
                        DescribeInstanceTypeOfferingsRequest::builder, DescribeInstanceTypeOfferingsResponse::builder),
                        new DescribeInstanceTypeOfferings(context)));
    }
}
