package io.cloudgate.ec2.ops.network;

import static io.cloudgate.ec2.ops.network.NetworkTestbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.network.interfaces.DescribeNetworkInterfaces;
import io.cloudgate.ec2.ops.network.routes.DescribeDhcpOptions;
import io.cloudgate.ec2.ops.network.routes.DescribeInternetGateways;
import io.cloudgate.ec2.ops.network.routes.DescribeNetworkAcls;
import io.cloudgate.ec2.ops.network.routes.DescribeRouteTables;
import io.cloudgate.ec2.ops.network.vpcs.CreateVpc;
import io.cloudgate.ec2.ops.network.vpcs.DescribeVpcs;
import io.cloudgate.ec2.ops.network.vpcs.VpcAttributes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.DescribeDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;

class RoutesAndInterfacesTest {
    private final NetworkTestbed bed = new NetworkTestbed();
    private final VpcAttributes attributes = new VpcAttributes(bed.store);
    private final String vpcId = new CreateVpc(bed.context, attributes)
            .handle(CreateVpcRequest.builder().cidrBlock("10.0.0.0/16").build(), bed.tenant()).vpc().vpcId();
    private final String defaultVpcId = new DescribeVpcs(bed.context, attributes).handle(DescribeVpcsRequest.builder()
            .filters(filter("is-default", "true")).build(), bed.tenant()).vpcs().getFirst().vpcId();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void eachVpcHasAStableMainRouteTableWithItsLocalRoute() {
        var describe = new DescribeRouteTables(bed.context);
        List<RouteTable> tables = describe.handle(DescribeRouteTablesRequest.builder()
                .filters(filter("vpc-id", vpcId), filter("association.main", "true")).build(), bed.tenant())
                .routeTables();

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.routeTableId()).matches("rtb-[0-9a-f]{17}");
            assertThat(table.routes()).extracting(Route::destinationCidrBlock, Route::gatewayId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("10.0.0.0/16", "local"));
            assertThat(table.associations()).singleElement().satisfies(association -> {
                assertThat(association.main()).isTrue();
                assertThat(association.routeTableAssociationId()).startsWith("rtbassoc-");
            });
        });
        assertThat(describe.handle(DescribeRouteTablesRequest.builder().routeTableIds(tables.getFirst()
                .routeTableId()).build(), bed.tenant()).routeTables()).hasSize(1);
        errorCode(() -> describe.handle(DescribeRouteTablesRequest.builder().routeTableIds(tables.getFirst()
                .routeTableId()).build(), bed.other()), "InvalidRouteTableID.NotFound");
    }

    @Test
    void theDefaultVpcRoutesToItsInternetGateway() {
        var gateways = new DescribeInternetGateways(bed.context).handle(DescribeInternetGatewaysRequest.builder()
                .filters(filter("attachment.vpc-id", defaultVpcId)).build(), bed.tenant()).internetGateways();
        RouteTable table = new DescribeRouteTables(bed.context).handle(DescribeRouteTablesRequest.builder()
                .filters(filter("vpc-id", defaultVpcId)).build(), bed.tenant()).routeTables().getFirst();

        assertThat(gateways).singleElement().satisfies(gateway -> {
            assertThat(gateway.internetGatewayId()).matches("igw-[0-9a-f]{17}");
            assertThat(gateway.attachments().getFirst().stateAsString()).isEqualTo("available");
        });
        assertThat(table.routes()).extracting(Route::gatewayId)
                .containsExactly("local", gateways.getFirst().internetGatewayId());
        assertThat(new DescribeInternetGateways(bed.context).handle(DescribeInternetGatewaysRequest.builder()
                .filters(filter("attachment.vpc-id", vpcId)).build(), bed.tenant()).internetGateways()).isEmpty();
    }

    @Test
    void defaultNetworkAclsAndDhcpOptionsExist() {
        var acls = new DescribeNetworkAcls(bed.context).handle(DescribeNetworkAclsRequest.builder()
                .filters(filter("default", "true"), filter("vpc-id", defaultVpcId)).build(), bed.tenant())
                .networkAcls();
        var options = new DescribeDhcpOptions(bed.context).handle(DescribeDhcpOptionsRequest.builder().build(),
                bed.tenant()).dhcpOptions();
        String vpcDhcp = new DescribeVpcs(bed.context, attributes).handle(DescribeVpcsRequest.builder()
                .vpcIds(vpcId).build(), bed.tenant()).vpcs().getFirst().dhcpOptionsId();

        assertThat(acls).singleElement().satisfies(acl -> {
            assertThat(acl.isDefault()).isTrue();
            assertThat(acl.associations()).hasSize(3);
            assertThat(acl.entries()).hasSize(4);
        });
        assertThat(options).singleElement().satisfies(option -> {
            assertThat(option.dhcpOptionsId()).isEqualTo(vpcDhcp);
            assertThat(option.dhcpConfigurations().getFirst().values().getFirst().value()).isEqualTo("ec2.internal");
        });
    }

    @Test
    void everyLiveInstanceHasOneInterfaceNamedAsTheInstanceView() {
        String imageId = bed.compute.images().visibleTo(NetworkTestbed.ACCOUNT).getFirst().id();
        Machine machine = bed.compute.machines().launch(NetworkTestbed.ACCOUNT, new LaunchSpec(imageId, "t3.micro",
                null, null, List.of(), null, null, List.of(), null, true));
        String instanceId = bed.context.ids().toAws(ResourceKind.INSTANCE, machine.id());
        var describe = new DescribeNetworkInterfaces(bed.context);

        List<NetworkInterface> interfaces = describe.handle(DescribeNetworkInterfacesRequest.builder()
                .filters(filter("attachment.instance-id", instanceId)).build(), bed.tenant()).networkInterfaces();

        assertThat(interfaces).singleElement().satisfies(networkInterface -> {
            assertThat(networkInterface.networkInterfaceId())
                    .isEqualTo(io.cloudgate.ec2.ops.instances.PrimaryInterfaces.id(bed.context.ids(), machine.id()));
            assertThat(networkInterface.privateIpAddress()).isEqualTo(machine.privateAddress());
            assertThat(networkInterface.vpcId()).isEqualTo(defaultVpcId);
            assertThat(networkInterface.association().publicIp()).isEqualTo(machine.publicAddress());
            assertThat(networkInterface.association().publicDnsName()).endsWith(".compute-1.amazonaws.com");
            assertThat(networkInterface.groups()).extracting(group -> group.groupName()).containsExactly("default");
            assertThat(networkInterface.statusAsString()).isEqualTo("in-use");
        });
        String subnetId = interfaces.getFirst().subnetId();
        assertThat(describe.handle(DescribeNetworkInterfacesRequest.builder().filters(filter("subnet-id", subnetId))
                .build(), bed.tenant()).networkInterfaces()).hasSize(1);
        errorCode(() -> describe.handle(DescribeNetworkInterfacesRequest.builder()
                .networkInterfaceIds(interfaces.getFirst().networkInterfaceId()).build(), bed.other()),
                "InvalidNetworkInterfaceID.NotFound");

        bed.compute.machines().terminate(NetworkTestbed.ACCOUNT, machine.id());
        bed.clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(describe.handle(DescribeNetworkInterfacesRequest.builder().build(), bed.tenant())
                .networkInterfaces()).isEmpty();
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }
}
