package io.cloudgate.ec2.ops.network.routes;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AssociateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.AssociateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.AttachInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.AttachInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.CreateInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.CreateRouteRequest;
import software.amazon.awssdk.services.ec2.model.CreateRouteResponse;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.DeleteInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteRouteRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteResponse;
import software.amazon.awssdk.services.ec2.model.DeleteRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.DescribeDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeDhcpOptionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.DetachInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DetachInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteTableAssociationRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteTableAssociationResponse;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteResponse;

/**
 * Route tables, internet gateways, network ACLs and DHCP options. Route tables and gateways are kept by the
 * gateway (see {@link RoutingState}); CreateTags checks their ids against it.
 */
public final class RouteOperations {
    private RouteOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        RoutingStore routing = new RoutingStore(context);
        context.tags().registerExistence(ResourceKind.INTERNET_GATEWAY,
                (account, gatewayId) -> routing.read(account).gateway(gatewayId).isPresent());
        context.tags().registerExistence(ResourceKind.ROUTE_TABLE, (account, tableId) -> routing.tables(
                routing.read(account), context.compute().networks().list(account)).stream()
                .anyMatch(table -> table.id().equals(tableId)));
        return List.of(
                BoundOperation.of(operation("CreateInternetGateway", CreateInternetGatewayRequest::builder, CreateInternetGatewayResponse::builder),
                        new CreateInternetGateway(context)),
                BoundOperation.of(operation("AttachInternetGateway", AttachInternetGatewayRequest::builder, AttachInternetGatewayResponse::builder),
                        new AttachInternetGateway(context)),
                BoundOperation.of(operation("DetachInternetGateway", DetachInternetGatewayRequest::builder, DetachInternetGatewayResponse::builder),
                        new DetachInternetGateway(context)),
                BoundOperation.of(operation("DeleteInternetGateway", DeleteInternetGatewayRequest::builder, DeleteInternetGatewayResponse::builder),
                        new DeleteInternetGateway(context)),
                BoundOperation.of(operation("CreateRouteTable", CreateRouteTableRequest::builder, CreateRouteTableResponse::builder),
                        new CreateRouteTable(context)),
                BoundOperation.of(operation("DeleteRouteTable", DeleteRouteTableRequest::builder, DeleteRouteTableResponse::builder),
                        new DeleteRouteTable(context)),
                BoundOperation.of(operation("CreateRoute", CreateRouteRequest::builder, CreateRouteResponse::builder),
                        new CreateRoute(context)),
                BoundOperation.of(operation("ReplaceRoute", ReplaceRouteRequest::builder, ReplaceRouteResponse::builder),
                        new ReplaceRoute(context)),
                BoundOperation.of(operation("DeleteRoute", DeleteRouteRequest::builder, DeleteRouteResponse::builder),
                        new DeleteRoute(context)),
                BoundOperation.of(operation("AssociateRouteTable", AssociateRouteTableRequest::builder, AssociateRouteTableResponse::builder),
                        new AssociateRouteTable(context)),
                BoundOperation.of(operation("DisassociateRouteTable", DisassociateRouteTableRequest::builder, DisassociateRouteTableResponse::builder),
                        new DisassociateRouteTable(context)),
                BoundOperation.of(operation("ReplaceRouteTableAssociation", ReplaceRouteTableAssociationRequest::builder,
                        ReplaceRouteTableAssociationResponse::builder), new ReplaceRouteTableAssociation(context)),
                BoundOperation.of(operation("DescribeRouteTables", DescribeRouteTablesRequest::builder, DescribeRouteTablesResponse::builder),
                        new DescribeRouteTables(context)),
                BoundOperation.of(operation("DescribeInternetGateways", DescribeInternetGatewaysRequest::builder, DescribeInternetGatewaysResponse::builder),
                        new DescribeInternetGateways(context)),
                BoundOperation.of(operation("DescribeNetworkAcls", DescribeNetworkAclsRequest::builder, DescribeNetworkAclsResponse::builder),
                        new DescribeNetworkAcls(context)),
                BoundOperation.of(operation("DescribeDhcpOptions", DescribeDhcpOptionsRequest::builder, DescribeDhcpOptionsResponse::builder),
                        new DescribeDhcpOptions(context)));
    }
}
