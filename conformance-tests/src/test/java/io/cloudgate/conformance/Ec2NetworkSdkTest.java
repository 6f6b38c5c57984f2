package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;

/** VPCs, subnets, security groups and their rules through the AWS SDK for Java v2. */
class Ec2NetworkSdkTest extends TwoTenants {

    @Test
    void theDefaultVpcComesWithSubnetsGroupRouteTableAndGateway() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            Vpc vpc = ec2.describeVpcs(r -> r.filters(filter("isDefault", "true"))).vpcs().getFirst();
            assertThat(vpc.cidrBlock()).isEqualTo("172.31.0.0/16");
            assertThat(vpc.ownerId()).isEqualTo(tenant.accountId());

            var subnets = ec2.describeSubnets(r -> r.filters(filter("vpc-id", vpc.vpcId()),
                    filter("default-for-az", "true"))).subnets();
            assertThat(subnets).hasSize(3).allSatisfy(subnet -> assertThat(subnet.mapPublicIpOnLaunch()).isTrue());
            assertThat(subnets).extracting(Subnet::availabilityZoneId).allMatch(id -> id.startsWith("use1-az"));
            assertThat(ec2.describeSecurityGroups(r -> r.filters(filter("group-name", "default"),
                    filter("vpc-id", vpc.vpcId()))).securityGroups()).hasSize(1);
            var table = ec2.describeRouteTables(r -> r.filters(filter("vpc-id", vpc.vpcId()),
                    filter("association.main", "true"))).routeTables().getFirst();
            var gatewayId = ec2.describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", vpc.vpcId())))
                    .internetGateways().getFirst().internetGatewayId();
            assertThat(table.routes()).anySatisfy(route -> assertThat(route.gatewayId()).isEqualTo(gatewayId));
            assertThat(ec2.describeVpcAttribute(r -> r.vpcId(vpc.vpcId())
                    .attribute(VpcAttributeName.ENABLE_DNS_HOSTNAMES)).enableDnsHostnames().value()).isTrue();
            assertThat(ec2.describeNetworkAcls(r -> r.filters(filter("default", "true"),
                    filter("vpc-id", vpc.vpcId()))).networkAcls()).hasSize(1);
        }
    }

    @Test
    void vpcSubnetsGroupsAndRulesRoundTrip() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            Vpc vpc = ec2.createVpc(r -> r.cidrBlock("10.20.0.0/16").tagSpecifications(t -> t
                    .resourceType(ResourceType.VPC).tags(tag -> tag.key("Name").value("sdk")))).vpc();
            Subnet subnet = ec2.createSubnet(r -> r.vpcId(vpc.vpcId()).cidrBlock("10.20.1.0/24")
                    .availabilityZone("us-east-1b")).subnet();
            String web = ec2.createSecurityGroup(r -> r.vpcId(vpc.vpcId()).groupName("web").description("web"))
                    .groupId();
            String db = ec2.createSecurityGroup(r -> r.vpcId(vpc.vpcId()).groupName("db").description("db"))
                    .groupId();

            var added = ec2.authorizeSecurityGroupIngress(r -> r.groupId(db).ipPermissions(
                    IpPermission.builder().ipProtocol("tcp").fromPort(5432).toPort(5432)
                            .userIdGroupPairs(pair -> pair.groupId(web)).build(),
                    IpPermission.builder().ipProtocol("tcp").fromPort(22).toPort(22)
                            .ipRanges(range -> range.cidrIp("10.0.0.0/8").description("admins")).build()));
            assertThat(added.returnValue()).isTrue();
            assertThat(added.securityGroupRules()).extracting(SecurityGroupRule::securityGroupRuleId)
                    .allMatch(id -> id.matches("sgr-[0-9a-f]{17}"));
            ec2.revokeSecurityGroupEgress(r -> r.groupId(db).ipPermissions(IpPermission.builder().ipProtocol("-1")
                    .fromPort(0).toPort(0).ipRanges(range -> range.cidrIp("0.0.0.0/0")).build()));

            var group = ec2.describeSecurityGroups(r -> r.groupIds(db)).securityGroups().getFirst();
            assertThat(group.vpcId()).isEqualTo(vpc.vpcId());
            assertThat(group.ipPermissions()).hasSize(2);
            assertThat(group.ipPermissionsEgress()).isEmpty();
            assertThat(ec2.describeSecurityGroupRules(r -> r.filters(filter("group-id", db))).securityGroupRules())
                    .hasSize(2).noneMatch(SecurityGroupRule::isEgress);
            assertThat(ec2.describeVpcs(r -> r.filters(filter("tag:Name", "sdk"))).vpcs())
                    .extracting(Vpc::vpcId).containsExactly(vpc.vpcId());

            assertError(() -> ec2.deleteVpc(r -> r.vpcId(vpc.vpcId())), "DependencyViolation");
            assertError(() -> ec2.deleteSecurityGroup(r -> r.groupId(web)), "DependencyViolation");
            ec2.revokeSecurityGroupIngress(r -> r.groupId(db).securityGroupRuleIds(added.securityGroupRules()
                    .stream().map(SecurityGroupRule::securityGroupRuleId).toList()));
            ec2.deleteSecurityGroup(r -> r.groupId(web));
            ec2.deleteSecurityGroup(r -> r.groupId(db));
            ec2.deleteSubnet(r -> r.subnetId(subnet.subnetId()));
            ec2.deleteVpc(r -> r.vpcId(vpc.vpcId()));
            assertError(() -> ec2.describeVpcs(r -> r.vpcIds(vpc.vpcId())), "InvalidVpcID.NotFound");
        }
    }

    @Test
    void commonMistakesGetAwsErrorCodes() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            assertError(() -> ec2.createVpc(r -> r.cidrBlock("10.0.0.0/8")), "InvalidVpc.Range");
            assertError(() -> ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16").dryRun(true)), "DryRunOperation");
            String vpcId = ec2.createVpc(r -> r.cidrBlock("10.30.0.0/16")).vpc().vpcId();
            ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.30.0.0/24"));
            assertError(() -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.30.0.0/23")),
                    "InvalidSubnet.Conflict");
            assertError(() -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.31.0.0/24")), "InvalidSubnet.Range");
            assertError(() -> ec2.createSecurityGroup(r -> r.groupName("nodesc")), "MissingParameter");
            String groupId = ec2.createSecurityGroup(r -> r.groupName("ssh").description("ssh")).groupId();
            IpPermission ssh = IpPermission.builder().ipProtocol("tcp").fromPort(22).toPort(22)
                    .ipRanges(range -> range.cidrIp("0.0.0.0/0")).build();
            ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId).ipPermissions(ssh));
            AwsServiceException duplicate = assertError(() -> ec2.authorizeSecurityGroupIngress(r -> r
                    .groupId(groupId).ipPermissions(ssh)), "InvalidPermission.Duplicate");
            assertThat(duplicate.awsErrorDetails().errorMessage())
                    .contains("peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW");
            assertError(() -> ec2.createSecurityGroup(r -> r.groupName("ssh").description("again")),
                    "InvalidGroup.Duplicate");
            String defaultGroup = ec2.describeSecurityGroups(r -> r.groupNames("default")).securityGroups()
                    .getFirst().groupId();
            assertError(() -> ec2.deleteSecurityGroup(r -> r.groupId(defaultGroup)), "CannotDelete");
            IpPermission unknown = IpPermission.builder().ipProtocol("tcp").fromPort(22).toPort(22)
                    .ipRanges(range -> range.cidrIp("1.2.3.4/32")).build();
            assertThat(ec2.revokeSecurityGroupIngress(r -> r.groupId(groupId).ipPermissions(unknown))
                    .unknownIpPermissions()).hasSize(1);
            String vpcGroup = ec2.createSecurityGroup(r -> r.vpcId(vpcId).groupName("ssh").description("ssh"))
                    .groupId();
            assertError(() -> ec2.revokeSecurityGroupIngress(r -> r.groupId(vpcGroup).ipPermissions(unknown)),
                    "InvalidPermission.NotFound");
        }
    }

    @Test
    void anotherAccountsNetworkResourcesAreNotFound() {
        try (Ec2Client owner = SdkClients.ec2(gateway, tenant); Ec2Client other = SdkClients.ec2(gateway, stranger)) {
            String vpcId = owner.createVpc(r -> r.cidrBlock("10.40.0.0/16")).vpc().vpcId();
            String subnetId = owner.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.40.1.0/24")).subnet().subnetId();
            String groupId = owner.createSecurityGroup(r -> r.vpcId(vpcId).groupName("private").description("p"))
                    .groupId();

            assertError(() -> other.describeVpcs(r -> r.vpcIds(vpcId)), "InvalidVpcID.NotFound");
            assertError(() -> other.describeSubnets(r -> r.subnetIds(subnetId)), "InvalidSubnetID.NotFound");
            assertError(() -> other.describeSecurityGroups(r -> r.groupIds(groupId)), "InvalidGroup.NotFound");
            assertError(() -> other.deleteVpc(r -> r.vpcId(vpcId)), "InvalidVpcID.NotFound");
            assertError(() -> other.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.40.2.0/24")),
                    "InvalidVpcID.NotFound");
            assertThat(other.describeVpcs().vpcs()).extracting(Vpc::vpcId).doesNotContain(vpcId);
        }
    }

    @Test
    void rulesAreEditedInPlaceKeepingTheirIds() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            String groupId = ec2.createSecurityGroup(r -> r.groupName("edits").description("edits")).groupId();
            String ruleId = ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId).ipPermissions(IpPermission
                    .builder().ipProtocol("tcp").fromPort(80).toPort(80).ipRanges(range -> range.cidrIp("10.0.0.0/8"))
                    .build())).securityGroupRules().getFirst().securityGroupRuleId();
            assertThat(ec2.modifySecurityGroupRules(r -> r.groupId(groupId).securityGroupRules(update -> update
                    .securityGroupRuleId(ruleId).securityGroupRule(rule -> rule.ipProtocol("tcp").fromPort(8080)
                            .toPort(8080).cidrIpv4("192.168.0.0/16").description("proxy")))).returnValue()).isTrue();
            ec2.updateSecurityGroupRuleDescriptionsIngress(r -> r.groupId(groupId).securityGroupRuleDescriptions(
                    description -> description.securityGroupRuleId(ruleId).description("edited")));
            SecurityGroupRule rule = ec2.describeSecurityGroupRules(r -> r.securityGroupRuleIds(ruleId))
                    .securityGroupRules().getFirst();
            assertThat(rule.fromPort()).isEqualTo(8080);
            assertThat(rule.cidrIpv4()).isEqualTo("192.168.0.0/16");
            assertThat(rule.description()).isEqualTo("edited");
            assertError(() -> ec2.modifySecurityGroupRules(r -> r.groupId(groupId).securityGroupRules(update -> update
                    .securityGroupRuleId("sgr-00000000000000000").securityGroupRule(x -> x.ipProtocol("-1")
                            .cidrIpv4("0.0.0.0/0")))), "InvalidSecurityGroupRuleId.NotFound");
            assertError(() -> ec2.updateSecurityGroupRuleDescriptionsEgress(r -> r.groupId(groupId)
                    .ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(1).toPort(1)
                            .ipRanges(range -> range.cidrIp("1.1.1.1/32")).build())), "InvalidPermission.NotFound");
        }
    }

    @Test
    void gatewaysRouteTablesRoutesAndAssociationsRoundTrip() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant); Ec2Client other = SdkClients.ec2(gateway, stranger)) {
            String vpcId = ec2.createVpc(r -> r.cidrBlock("10.50.0.0/16")).vpc().vpcId();
            String subnetId = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.50.1.0/24")).subnet().subnetId();
            String igw = ec2.createInternetGateway(r -> r.tagSpecifications(t -> t
                    .resourceType(ResourceType.INTERNET_GATEWAY).tags(tag -> tag.key("Name").value("sdk"))))
                    .internetGateway().internetGatewayId();
            ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId));
            assertError(() -> ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId)),
                    "Resource.AlreadyAssociated");
            String rtb = ec2.createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
            ec2.createRoute(r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
            assertError(() -> ec2.createRoute(r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0")
                    .gatewayId(igw)), "RouteAlreadyExists");
            String association = ec2.associateRouteTable(r -> r.routeTableId(rtb).subnetId(subnetId))
                    .associationId();
            assertError(() -> ec2.associateRouteTable(r -> r.routeTableId(rtb).subnetId(subnetId)),
                    "Resource.AlreadyAssociated");
            var table = ec2.describeRouteTables(r -> r.filters(filter("association.subnet-id", subnetId)))
                    .routeTables().getFirst();
            assertThat(table.routeTableId()).isEqualTo(rtb);
            assertThat(table.routes()).extracting(route -> route.gatewayId()).containsExactly("local", igw);
            assertThat(ec2.describeInternetGateways(r -> r.filters(filter("tag:Name", "sdk"))).internetGateways())
                    .singleElement().satisfies(g -> assertThat(g.attachments().getFirst().vpcId()).isEqualTo(vpcId));
            assertError(() -> other.describeRouteTables(r -> r.routeTableIds(rtb)), "InvalidRouteTableID.NotFound");
            assertError(() -> other.deleteInternetGateway(r -> r.internetGatewayId(igw)),
                    "InvalidInternetGatewayID.NotFound");

            assertError(() -> ec2.deleteRouteTable(r -> r.routeTableId(rtb)), "DependencyViolation");
            assertError(() -> ec2.deleteInternetGateway(r -> r.internetGatewayId(igw)), "DependencyViolation");
            ec2.replaceRoute(r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
            ec2.deleteRoute(r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0"));
            assertError(() -> ec2.deleteRoute(r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0")),
                    "InvalidRoute.NotFound");
            // A retried create (same client token) answers with the first table; the association moves to it.
            var retried = CreateRouteTableRequest.builder().vpcId(vpcId).clientToken("sdk-retry").build();
            String spare = ec2.createRouteTable(retried).routeTable().routeTableId();
            assertThat(ec2.createRouteTable(retried).routeTable().routeTableId()).isEqualTo(spare);
            String moved = ec2.replaceRouteTableAssociation(r -> r.associationId(association).routeTableId(spare))
                    .newAssociationId();
            assertThat(ec2.describeRouteTables(r -> r.filters(filter("association.subnet-id", subnetId)))
                    .routeTables()).extracting(t -> t.routeTableId()).containsExactly(spare);
            ec2.disassociateRouteTable(r -> r.associationId(moved));
            ec2.deleteRouteTable(r -> r.routeTableId(spare));
            ec2.deleteRouteTable(r -> r.routeTableId(rtb));
            assertError(() -> ec2.describeRouteTables(r -> r.routeTableIds(rtb)), "InvalidRouteTableID.NotFound");
            ec2.detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId));
            assertError(() -> ec2.detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId)),
                    "Gateway.NotAttached");
            ec2.deleteInternetGateway(r -> r.internetGatewayId(igw));
            ec2.deleteSubnet(r -> r.subnetId(subnetId));
            ec2.deleteVpc(r -> r.vpcId(vpcId));
        }
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }

    private static AwsServiceException assertError(ThrowingCallable call, String code) {
        AwsServiceException[] caught = new AwsServiceException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            caught[0] = e;
        });
        return caught[0];
    }
}
