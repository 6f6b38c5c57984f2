package io.cloudgate.ec2.ops.addresses;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AllocateAddressRequest;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.AssociateAddressRequest;
import software.amazon.awssdk.services.ec2.model.AssociateAddressResponse;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateAddressRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateAddressResponse;
import software.amazon.awssdk.services.ec2.model.ReleaseAddressRequest;
import software.amazon.awssdk.services.ec2.model.ReleaseAddressResponse;

/** The Elastic IP operations, over the cloud's public addresses. */
public final class AddressOperations {
    private AddressOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        AddressLookup lookup = new AddressLookup(context);
        return List.of(
                BoundOperation.of(operation("AllocateAddress",
                        AllocateAddressRequest::builder, AllocateAddressResponse::builder),
                        new AllocateAddress(context, lookup)),
                BoundOperation.of(operation("AssociateAddress",
                        AssociateAddressRequest::builder, AssociateAddressResponse::builder),
                        new AssociateAddress(context, lookup)),
                BoundOperation.of(operation("DisassociateAddress",
                        DisassociateAddressRequest::builder, DisassociateAddressResponse::builder),
                        new DisassociateAddress(context, lookup)),
                BoundOperation.of(operation("ReleaseAddress",
                        ReleaseAddressRequest::builder, ReleaseAddressResponse::builder),
                        new ReleaseAddress(context, lookup)),
                BoundOperation.of(operation("DescribeAddresses",
                        DescribeAddressesRequest::builder, DescribeAddressesResponse::builder),
                        new DescribeAddresses(context, lookup)),
                BoundOperation.of(operation("DescribeAddressesAttribute",
                        DescribeAddressesAttributeRequest::builder, DescribeAddressesAttributeResponse::builder),
                        new DescribeAddressesAttribute(context, lookup)));
    }
}
