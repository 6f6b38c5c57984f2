package io.cloudgate.ec2.ops.network;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.network.groups.AuthorizeSecurityGroupEgress;
import io.cloudgate.ec2.ops.network.groups.AuthorizeSecurityGroupIngress;
import io.cloudgate.ec2.ops.network.groups.CreateSecurityGroup;
import io.cloudgate.ec2.ops.network.groups.DeleteSecurityGroup;
import io.cloudgate.ec2.ops.network.groups.DescribeSecurityGroupRules;
import io.cloudgate.ec2.ops.network.groups.DescribeSecurityGroups;
import io.cloudgate.ec2.ops.network.groups.RevokeSecurityGroupEgress;
import io.cloudgate.ec2.ops.network.groups.RevokeSecurityGroupIngress;
import io.cloudgate.ec2.ops.network.interfaces.DescribeNetworkInterfaces;
import io.cloudgate.ec2.ops.network.routes.DescribeDhcpOptions;
import io.cloudgate.ec2.ops.network.routes.DescribeInternetGateways;
import io.cloudgate.ec2.ops.network.routes.DescribeNetworkAcls;
import io.cloudgate.ec2.ops.network.routes.DescribeRouteTables;
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
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressResponse;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressResponse;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupResponse;
import software.amazon.awssdk.services.ec2.model.CreateSubnetRequest;
import software.amazon.awssdk.services.ec2.model.CreateSubnetResponse;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVpcRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpcResponse;
import software.amazon.awssdk.services.ec2.model.DescribeDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeDhcpOptionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
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
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupEgressResponse;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressResponse;

/**
 * VPCs, subnets, security groups and their rules, route tables, internet gateways, network ACLs, DHCP
 * options and network interfaces.
 */
public final class NetworkOperations {
    private NetworkOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        VpcAttributes vpcAttributes = new VpcAttributes(context.store());
        SubnetAttributes subnetAttributes = new SubnetAttributes(context.store());
        return List.of(
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
                BoundOperation.of(operation("CreateSecurityGroup",
                        CreateSecurityGroupRequest::builder, CreateSecurityGroupResponse::builder),
                        new CreateSecurityGroup(context)),
                BoundOperation.of(operation("DeleteSecurityGroup",
                        DeleteSecurityGroupRequest::builder, DeleteSecurityGroupResponse::builder),
                        new DeleteSecurityGroup(context)),
                BoundOperation.of(operation("DescribeSecurityGroups",
                        DescribeSecurityGroupsRequest::builder, DescribeSecurityGroupsResponse::builder),
                        new DescribeSecurityGroups(context)),
                BoundOperation.of(operation("AuthorizeSecurityGroupIngress",
                        AuthorizeSecurityGroupIngressRequest::builder, AuthorizeSecurityGroupIngressResponse::builder),
                        new AuthorizeSecurityGroupIngress(context)),
                BoundOperation.of(operation("AuthorizeSecurityGroupEgress",
                        AuthorizeSecurityGroupEgressRequest::builder, AuthorizeSecurityGroupEgressResponse::builder),
                        new AuthorizeSecurityGroupEgress(context)),
                BoundOperation.of(operation("RevokeSecurityGroupIngress",
                        RevokeSecurityGroupIngressRequest::builder, RevokeSecurityGroupIngressResponse::builder),
                        new RevokeSecurityGroupIngress(context)),
                BoundOperation.of(operation("RevokeSecurityGroupEgress",
                        RevokeSecurityGroupEgressRequest::builder, RevokeSecurityGroupEgressResponse::builder),
                        new RevokeSecurityGroupEgress(context)),
                BoundOperation.of(operation("DescribeSecurityGroupRules",
                        DescribeSecurityGroupRulesRequest::builder, DescribeSecurityGroupRulesResponse::builder),
                        new DescribeSecurityGroupRules(context)),
                BoundOperation.of(operation("DescribeRouteTables",
                        DescribeRouteTablesRequest::builder, DescribeRouteTablesResponse::builder),
                        new DescribeRouteTables(context)),
                BoundOperation.of(operation("DescribeInternetGateways",
                        DescribeInternetGatewaysRequest::builder, DescribeInternetGatewaysResponse::builder),
                        new DescribeInternetGateways(context)),
                BoundOperation.of(operation("DescribeNetworkAcls",
                        DescribeNetworkAclsRequest::builder, DescribeNetworkAclsResponse::builder),
                        new DescribeNetworkAcls(context)),
                BoundOperation.of(operation("DescribeDhcpOptions",
                        DescribeDhcpOptionsRequest::builder, DescribeDhcpOptionsResponse::builder),
                        new DescribeDhcpOptions(context)),
                BoundOperation.of(operation("DescribeNetworkInterfaces",
                        DescribeNetworkInterfacesRequest::builder, DescribeNetworkInterfacesResponse::builder),
                        new DescribeNetworkInterfaces(context)));
    }
}
