package io.cloudgate.ec2.ops.network;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.network.groups.GroupOperations;
import io.cloudgate.ec2.ops.network.interfaces.DescribeNetworkInterfaces;
import io.cloudgate.ec2.ops.network.routes.RouteOperations;
import io.cloudgate.ec2.ops.network.subnets.CreateSubnet;
import io.cloudgate.ec2.ops.network.subnets.DeleteSubnet;
import io.cloudgate.ec2.ops.network.subnets.DescribeSubnets;
import io.cloudgate.ec2.ops.network.subnets.ModifySubnetAttribute;
import io.cloudgate.ec2.ops.network.subnets.SubnetAttributes;
import io.cloudgate.ec2.ops.network.vpcs.CreateVpc;
import io.cloudgate.ec2.ops.network.vpcs.DeleteVpc;
import io.cloudgate.ec2.ops.network.vpcs.DescribeVpcAttribute;
import io.cloudgate.ec2.ops.network.vpcs.DescribeVpcs;
import io.cloudgate.ec2.ops.network.vpcs.ModifyVpcAttribute;
import io.cloudgate.ec2.ops.network.vpcs.VpcAttributes;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.CreateSubnetRequest;
import software.amazon.awssdk.services.ec2.model.CreateSubnetResponse;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVpcRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpcResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsResponse;
import software.amazon.awssdk.services.ec2.model.ModifySubnetAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifySubnetAttributeResponse;
import software.amazon.awssdk.services.ec2.model.ModifyVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVpcAttributeResponse;

/**
 * VPCs, subnets and network interfaces, plus the security group and routing areas' operations
 * ({@link GroupOperations}, {@link RouteOperations}).
 */
public final class NetworkOperations {
    private NetworkOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        VpcAttributes vpcAttributes = new VpcAttributes(context.store());
        SubnetAttributes subnetAttributes = new SubnetAttributes(context.store());
        List<BoundOperation> operations = new ArrayList<>(GroupOperations.all(context));
        operations.addAll(RouteOperations.all(context));
        operations.addAll(List.of(
                BoundOperation.of(operation("CreateVpc",
                        CreateVpcRequest::builder, CreateVpcResponse::builder),
                        new CreateVpc(context, vpcAttributes)),
                BoundOperation.of(operation("DeleteVpc",
                        DeleteVpcRequest::builder, DeleteVpcResponse::builder),
                        new DeleteVpc(context, vpcAttributes)),
                BoundOperation.of(operation("DescribeVpcs",
                        DescribeVpcsRequest::builder, DescribeVpcsResponse::builder),
                        new DescribeVpcs(context, vpcAttributes)),
                BoundOperation.of(operation("DescribeVpcAttribute",
                        DescribeVpcAttributeRequest::builder, DescribeVpcAttributeResponse::builder),
                        new DescribeVpcAttribute(context, vpcAttributes)),
                BoundOperation.of(operation("ModifyVpcAttribute",
                        ModifyVpcAttributeRequest::builder, ModifyVpcAttributeResponse::builder),
                        new ModifyVpcAttribute(context, vpcAttributes)),
                BoundOperation.of(operation("CreateSubnet",
                        CreateSubnetRequest::builder, CreateSubnetResponse::builder),
                        new CreateSubnet(context, subnetAttributes)),
                BoundOperation.of(operation("DeleteSubnet",
                        DeleteSubnetRequest::builder, DeleteSubnetResponse::builder),
                        new DeleteSubnet(context, subnetAttributes)),
                BoundOperation.of(operation("DescribeSubnets",
                        DescribeSubnetsRequest::builder, DescribeSubnetsResponse::builder),
                        new DescribeSubnets(context, subnetAttributes)),
                BoundOperation.of(operation("ModifySubnetAttribute",
                        ModifySubnetAttributeRequest::builder, ModifySubnetAttributeResponse::builder),
                        new ModifySubnetAttribute(context, subnetAttributes)),
                BoundOperation.of(operation("DescribeNetworkInterfaces",
                        DescribeNetworkInterfacesRequest::builder, DescribeNetworkInterfacesResponse::builder),
                        new DescribeNetworkInterfaces(context))));
        return operations;
    }
}
