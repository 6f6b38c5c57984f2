package io.cloudgate.ec2.ops.network;

import static io.cloudgate.ec2.ops.network.NetworkTestbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.network.routes.AssociateRouteTable;
import io.cloudgate.ec2.ops.network.routes.ReplaceRouteTableAssociation;
import io.cloudgate.ec2.ops.network.routes.AttachInternetGateway;
import io.cloudgate.ec2.ops.network.routes.CreateInternetGateway;
import io.cloudgate.ec2.ops.network.routes.CreateRoute;
import io.cloudgate.ec2.ops.network.routes.CreateRouteTable;
import io.cloudgate.ec2.ops.network.routes.DeleteInternetGateway;
import io.cloudgate.ec2.ops.network.routes.DeleteRoute;
import io.cloudgate.ec2.ops.network.routes.DeleteRouteTable;
import io.cloudgate.ec2.ops.network.routes.DescribeInternetGateways;
import io.cloudgate.ec2.ops.network.routes.DescribeRouteTables;
import io.cloudgate.ec2.ops.network.routes.DetachInternetGateway;
import io.cloudgate.ec2.ops.network.routes.DisassociateRouteTable;
import io.cloudgate.ec2.ops.network.routes.ReplaceRoute;
import io.cloudgate.ec2.ops.network.subnets.CreateSubnet;
import io.cloudgate.ec2.ops.network.subnets.SubnetAttributes;
import io.cloudgate.ec2.ops.network.vpcs.CreateVpc;
import io.cloudgate.ec2.ops.network.vpcs.DeleteVpc;
import io.cloudgate.ec2.ops.network.vpcs.VpcAttributes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.AssociateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteTableAssociationRequest;
import software.amazon.awssdk.services.ec2.model.AttachInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateRouteRequest;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.CreateSubnetRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.DeleteInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpcRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DetachInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteRequest;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteState;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class RoutingOperationsTest {
    private final NetworkTestbed bed = new NetworkTestbed();
    private final VpcAttributes vpcAttributes = new VpcAttributes(bed.store);
    private final String vpcId = new CreateVpc(bed.context, vpcAttributes).handle(CreateVpcRequest.builder()
            .cidrBlock("10.1.0.0/16").build(), bed.tenant()).vpc().vpcId();
    private final String subnetId = new CreateSubnet(bed.context, new SubnetAttributes(bed.store)).handle(
            CreateSubnetRequest.builder().vpcId(vpcId).cidrBlock("10.1.1.0/24").build(), bed.tenant())
            .subnet().subnetId();

    @AfterEach
    void close() {
        bed.close();
    }

    private String newGateway() {
        return new CreateInternetGateway(bed.context).handle(CreateInternetGatewayRequest.builder()
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INTERNET_GATEWAY)
                        .tags(Tag.builder().key("Name").value("igw").build()).build()).build(), bed.tenant())
                .internetGateway().internetGatewayId();
    }

    private void attach(String gatewayId, RequestContext as) {
        new AttachInternetGateway(bed.context).handle(AttachInternetGatewayRequest.builder()
                .internetGatewayId(gatewayId).vpcId(vpcId).build(), as);
    }

    private void detach(String gatewayId) {
        new DetachInternetGateway(bed.context).handle(DetachInternetGatewayRequest.builder()
                .internetGatewayId(gatewayId).vpcId(vpcId).build(), bed.tenant());
    }

    private void deleteGateway(String gatewayId) {
        new DeleteInternetGateway(bed.context).handle(DeleteInternetGatewayRequest.builder()
                .internetGatewayId(gatewayId).build(), bed.tenant());
    }

    private List<InternetGateway> gateways(DescribeInternetGatewaysRequest request) {
        return new DescribeInternetGateways(bed.context).handle(request, bed.tenant()).internetGateways();
    }

    private String newTable() {
        return new CreateRouteTable(bed.context).handle(CreateRouteTableRequest.builder().vpcId(vpcId).build(),
                bed.tenant()).routeTable().routeTableId();
    }

    private List<RouteTable> tables(DescribeRouteTablesRequest request) {
        return new DescribeRouteTables(bed.context).handle(request, bed.tenant()).routeTables();
    }

    private RouteTable table(String tableId) {
        return tables(DescribeRouteTablesRequest.builder().routeTableIds(tableId).build()).getFirst();
    }

    private void route(String tableId, String cidr, String gatewayId, RequestContext as) {
        new CreateRoute(bed.context).handle(CreateRouteRequest.builder().routeTableId(tableId)
                .destinationCidrBlock(cidr).gatewayId(gatewayId).build(), as);
    }

    private void deleteRoute(String tableId, String cidr) {
        new DeleteRoute(bed.context).handle(DeleteRouteRequest.builder().routeTableId(tableId)
                .destinationCidrBlock(cidr).build(), bed.tenant());
    }

    private String associate(String tableId, String subnet) {
        return new AssociateRouteTable(bed.context).handle(AssociateRouteTableRequest.builder()
                .routeTableId(tableId).subnetId(subnet).build(), bed.tenant()).associationId();
    }

    private void disassociate(String associationId, RequestContext as) {
        new DisassociateRouteTable(bed.context).handle(DisassociateRouteTableRequest.builder()
                .associationId(associationId).build(), as);
    }

    private String replace(String associationId, String tableId, RequestContext as) {
        return new ReplaceRouteTableAssociation(bed.context).handle(ReplaceRouteTableAssociationRequest.builder()
                .associationId(associationId).routeTableId(tableId).build(), as).newAssociationId();
    }

    private void deleteTable(String tableId) {
        new DeleteRouteTable(bed.context).handle(DeleteRouteTableRequest.builder().routeTableId(tableId).build(),
                bed.tenant());
    }

    private void deleteVpc() {
        new DeleteVpc(bed.context, vpcAttributes).handle(DeleteVpcRequest.builder().vpcId(vpcId).build(),
                bed.tenant());
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }

    @Test
    void gatewaysAttachToOneVpcAndCannotBeDeletedWhileAttached() {
        String gatewayId = newGateway();
        assertThat(gateways(DescribeInternetGatewaysRequest.builder().internetGatewayIds(gatewayId).build()))
                .singleElement().satisfies(gateway -> {
                    assertThat(gateway.attachments()).isEmpty();
                    assertThat(gateway.tags()).extracting(Tag::value).containsExactly("igw");
                });
        attach(gatewayId, bed.tenant());
        assertThat(gateways(DescribeInternetGatewaysRequest.builder()
                .filters(filter("attachment.vpc-id", vpcId)).build())).singleElement()
                .satisfies(gateway -> assertThat(gateway.attachments().getFirst().stateAsString()).isEqualTo("available"));

        errorCode(() -> attach(gatewayId, bed.tenant()), "Resource.AlreadyAssociated");
        String second = newGateway();
        errorCode(() -> attach(second, bed.tenant()), "Resource.AlreadyAssociated");
        errorCode(() -> attach(second, bed.other()), "InvalidVpcID.NotFound");
        errorCode(() -> deleteGateway(gatewayId), "DependencyViolation");
        errorCode(this::deleteVpc, "DependencyViolation");
        errorCode(() -> new DetachInternetGateway(bed.context).handle(DetachInternetGatewayRequest.builder()
                .internetGatewayId(gatewayId).vpcId(vpcId).dryRun(true).build(), bed.tenant()), "DryRunOperation");

        detach(gatewayId);
        errorCode(() -> detach(gatewayId), "Gateway.NotAttached");
        deleteGateway(gatewayId);
        errorCode(() -> gateways(DescribeInternetGatewaysRequest.builder().internetGatewayIds(gatewayId).build()),
                "InvalidInternetGatewayID.NotFound");
        errorCode(() -> deleteGateway("igw-1"), "InvalidInternetGatewayID.Malformed");
    }

    @Test
    void routesLeadToAttachedGatewaysAndBecomeBlackholesWhenDetached() {
        String gatewayId = newGateway();
        attach(gatewayId, bed.tenant());
        String tableId = newTable();
        assertThat(table(tableId).routes()).extracting(Route::gatewayId).containsExactly("local");

        route(tableId, "0.0.0.0/0", gatewayId, bed.tenant());
        errorCode(() -> route(tableId, "0.0.0.0/0", gatewayId, bed.tenant()), "RouteAlreadyExists");
        errorCode(() -> route(tableId, "10.1.0.0/16", gatewayId, bed.tenant()), "RouteAlreadyExists");
        errorCode(() -> route(tableId, "8.8.8.0/24", "igw-00000000000000000", bed.tenant()),
                "InvalidInternetGatewayID.NotFound");
        String detached = newGateway();
        errorCode(() -> route(tableId, "8.8.8.0/24", detached, bed.tenant()), "InvalidParameterValue");
        errorCode(() -> route("rtb-00000000000000000", "8.8.8.0/24", gatewayId, bed.tenant()),
                "InvalidRouteTableID.NotFound");
        errorCode(() -> route(tableId, "8.8.8.0/24", gatewayId, bed.other()), "InvalidRouteTableID.NotFound");
        errorCode(() -> route(tableId, "8.8.8.8", gatewayId, bed.tenant()), "InvalidParameterValue");
        errorCode(() -> new ReplaceRoute(bed.context).handle(ReplaceRouteRequest.builder().routeTableId(tableId)
                .destinationCidrBlock("8.8.8.0/24").gatewayId(gatewayId).build(), bed.tenant()),
                "InvalidParameterValue");
        assertThat(table(tableId).routes()).filteredOn(route -> gatewayId.equals(route.gatewayId())).singleElement()
                .satisfies(route -> assertThat(route.state()).isEqualTo(RouteState.ACTIVE));

        detach(gatewayId);
        assertThat(table(tableId).routes()).filteredOn(route -> gatewayId.equals(route.gatewayId())).singleElement()
                .satisfies(route -> assertThat(route.state()).isEqualTo(RouteState.BLACKHOLE));
        errorCode(() -> deleteRoute(tableId, "10.1.0.0/16"), "InvalidParameterValue");
        deleteRoute(tableId, "0.0.0.0/0");
        errorCode(() -> deleteRoute(tableId, "0.0.0.0/0"), "InvalidRoute.NotFound");
    }

    @Test
    void subnetsHaveOneExplicitAssociationAndAssociatedTablesStay() {
        String first = newTable();
        String second = newTable();
        String associationId = associate(first, subnetId);
        assertThat(associationId).matches("rtbassoc-[0-9a-f]{17}");
        errorCode(() -> associate(second, subnetId), "Resource.AlreadyAssociated");
        String defaultSubnet = bed.compute.networks().subnets(NetworkTestbed.ACCOUNT).stream()
                .filter(subnet -> subnet.isDefault()).findFirst()
                .map(subnet -> bed.context.ids().toAws(ResourceKind.SUBNET, subnet.id())).orElseThrow();
        errorCode(() -> associate(second, defaultSubnet), "InvalidParameterValue");
        assertThat(tables(DescribeRouteTablesRequest.builder().filters(filter("association.subnet-id", subnetId))
                .build())).extracting(RouteTable::routeTableId).containsExactly(first);

        errorCode(() -> deleteTable(first), "DependencyViolation");
        RouteTable main = tables(DescribeRouteTablesRequest.builder().filters(filter("vpc-id", vpcId),
                filter("association.main", "true")).build()).getFirst();
        errorCode(() -> deleteTable(main.routeTableId()), "DependencyViolation");
        String mainAssociation = main.associations().stream().filter(RouteTableAssociation::main).findFirst()
                .orElseThrow().routeTableAssociationId();
        errorCode(() -> disassociate(mainAssociation, bed.tenant()), "InvalidParameterValue");
        errorCode(() -> disassociate(associationId, bed.other()), "InvalidAssociationID.NotFound");
        disassociate(associationId, bed.tenant());
        deleteTable(first);
        errorCode(() -> table(first), "InvalidRouteTableID.NotFound");
        errorCode(this::deleteVpc, "DependencyViolation");
    }

    @Test
    void aRetriedCreateWithTheSameClientTokenAnswersWithTheFirstTable() {
        CreateRouteTableRequest request = CreateRouteTableRequest.builder().vpcId(vpcId).clientToken("token-1")
                .build();
        String first = new CreateRouteTable(bed.context).handle(request, bed.tenant()).routeTable().routeTableId();
        String again = new CreateRouteTable(bed.context).handle(request, bed.tenant()).routeTable().routeTableId();
        String other = new CreateRouteTable(bed.context).handle(request.toBuilder().clientToken("token-2").build(),
                bed.tenant()).routeTable().routeTableId();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        errorCode(() -> new CreateRouteTable(bed.context).handle(request.toBuilder().tagSpecifications(t -> t
                .resourceType("route-table").tags(tag -> tag.key("k").value("v"))).build(), bed.tenant()),
                "IdempotentParameterMismatch");
        errorCode(() -> new CreateRouteTable(bed.context).handle(request.toBuilder().clientToken("token-3")
                .dryRun(true).build(), bed.tenant()), "DryRunOperation");
        deleteTable(first);
        errorCode(() -> new CreateRouteTable(bed.context).handle(request, bed.tenant()), "IdempotentParameterMismatch");
    }

    @Test
    void aSubnetsAssociationMovesToAnotherTableUnderANewId() {
        String first = newTable();
        String second = newTable();
        String associationId = associate(first, subnetId);

        String moved = replace(associationId, second, bed.tenant());

        assertThat(moved).matches("rtbassoc-[0-9a-f]{17}").isNotEqualTo(associationId);
        assertThat(tables(DescribeRouteTablesRequest.builder().filters(filter("association.subnet-id", subnetId))
                .build())).extracting(RouteTable::routeTableId).containsExactly(second);
        assertThat(table(second).associations()).extracting(RouteTableAssociation::routeTableAssociationId)
                .containsExactly(moved);
        errorCode(() -> replace(associationId, first, bed.tenant()), "InvalidAssociationID.NotFound");
        errorCode(() -> replace(moved, first, bed.other()), "InvalidAssociationID.NotFound");
        errorCode(() -> replace(moved, "rtb-0123456789abcdef0", bed.tenant()), "InvalidRouteTableID.NotFound");
        RouteTable main = tables(DescribeRouteTablesRequest.builder().filters(filter("vpc-id", vpcId),
                filter("association.main", "true")).build()).getFirst();
        String mainAssociation = main.associations().stream().filter(RouteTableAssociation::main).findFirst()
                .orElseThrow().routeTableAssociationId();
        errorCode(() -> replace(mainAssociation, first, bed.tenant()), "InvalidParameterValue");

        String toMain = replace(moved, main.routeTableId(), bed.tenant());
        assertThat(table(main.routeTableId()).associations()).extracting(RouteTableAssociation::routeTableAssociationId)
                .contains(toMain);
        deleteTable(second);
    }

    @Test
    void theDefaultVpcsMainTableRoutesToItsGatewayAndCanBeEdited() {
        RouteTable main = tables(DescribeRouteTablesRequest.builder()
                .filters(filter("route.destination-cidr-block", "0.0.0.0/0")).build()).getFirst();
        String defaultGateway = main.routes().get(1).gatewayId();
        assertThat(gateways(DescribeInternetGatewaysRequest.builder().internetGatewayIds(defaultGateway).build()))
                .singleElement().satisfies(gateway -> assertThat(gateway.attachments()).hasSize(1));
        new CreateRoute(bed.context).handle(CreateRouteRequest.builder().routeTableId(main.routeTableId())
                .destinationIpv6CidrBlock("::/0").gatewayId(defaultGateway).build(), bed.tenant());
        assertThat(table(main.routeTableId()).routes()).extracting(Route::gatewayId)
                .containsExactly("local", defaultGateway, defaultGateway);
        assertThat(table(main.routeTableId()).associations()).singleElement()
                .satisfies(association -> assertThat(association.main()).isTrue());
    }
}
