package io.cloudgate.ec2.ops.network;

import static io.cloudgate.ec2.ops.network.NetworkTestbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.ops.network.groups.AuthorizeSecurityGroupEgress;
import io.cloudgate.ec2.ops.network.groups.AuthorizeSecurityGroupIngress;
import io.cloudgate.ec2.ops.network.groups.CreateSecurityGroup;
import io.cloudgate.ec2.ops.network.groups.DeleteSecurityGroup;
import io.cloudgate.ec2.ops.network.groups.DescribeSecurityGroups;
import io.cloudgate.ec2.ops.network.groups.RevokeSecurityGroupEgress;
import io.cloudgate.ec2.ops.network.groups.RevokeSecurityGroupIngress;
import io.cloudgate.ec2.ops.network.vpcs.CreateVpc;
import io.cloudgate.ec2.ops.network.vpcs.VpcAttributes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

class SecurityGroupOperationsTest {
    private final NetworkTestbed bed = new NetworkTestbed();
    private final CreateSecurityGroup create = new CreateSecurityGroup(bed.context);
    private final DeleteSecurityGroup delete = new DeleteSecurityGroup(bed.context);
    private final DescribeSecurityGroups describe = new DescribeSecurityGroups(bed.context);
    private final AuthorizeSecurityGroupIngress authorizeIngress = new AuthorizeSecurityGroupIngress(bed.context);
    private final AuthorizeSecurityGroupEgress authorizeEgress = new AuthorizeSecurityGroupEgress(bed.context);
    private final RevokeSecurityGroupIngress revokeIngress = new RevokeSecurityGroupIngress(bed.context);
    private final RevokeSecurityGroupEgress revokeEgress = new RevokeSecurityGroupEgress(bed.context);
    private final String vpcId = new CreateVpc(bed.context, new VpcAttributes(bed.store))
            .handle(CreateVpcRequest.builder().cidrBlock("10.0.0.0/16").build(), bed.tenant()).vpc().vpcId();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void everyVpcHasADefaultGroupThatCannotBeDeleted() {
        List<SecurityGroup> defaults = groups(filter("group-name", "default"));

        assertThat(defaults).hasSize(2).extracting(SecurityGroup::description)
                .containsOnly("default VPC security group");
        SecurityGroup group = groups(filter("vpc-id", vpcId)).getFirst();
        assertThat(group.ipPermissions()).singleElement().satisfies(permission -> {
            assertThat(permission.ipProtocol()).isEqualTo("-1");
            assertThat(permission.userIdGroupPairs()).singleElement()
                    .satisfies(pair -> assertThat(pair.groupId()).isEqualTo(group.groupId()));
        });
        assertThat(group.ipPermissionsEgress()).singleElement()
                .satisfies(permission -> assertThat(permission.ipRanges().getFirst().cidrIp()).isEqualTo("0.0.0.0/0"));
        String message = errorCode(() -> delete.handle(DeleteSecurityGroupRequest.builder()
                .groupId(group.groupId()).build(), bed.tenant()), "CannotDelete");
        assertThat(message).isEqualTo("the specified group: \"" + group.groupId()
                + "\" name: \"default\" cannot be deleted by a user");
    }

    @Test
    void creationChecksNamesAndDescriptions() {
        String groupId = createGroup("web", vpcId);

        assertThat(groupId).matches("sg-[0-9a-f]{17}");
        String duplicate = errorCode(() -> createGroup("web", vpcId), "InvalidGroup.Duplicate");
        assertThat(duplicate).isEqualTo("The security group 'web' already exists for VPC '" + vpcId + "'");
        assertThat(createGroup("web", null)).isNotEqualTo(groupId);
        errorCode(() -> create.handle(CreateSecurityGroupRequest.builder().groupName("x").build(), bed.tenant()),
                "MissingParameter");
        errorCode(() -> createGroup("sg-web", vpcId), "InvalidParameterValue");
        errorCode(() -> createGroup("web", "vpc-0123456789abcdef0"), "InvalidVpcID.NotFound");
    }

    @Test
    void ingressRulesAreAddedWithRuleIdsAndRefusedTwice() {
        String groupId = createGroup("ssh", vpcId);

        var response = authorizeIngress.handle(AuthorizeSecurityGroupIngressRequest.builder().groupId(groupId)
                .ipPermissions(tcp(22, "0.0.0.0/0"), tcp(443, "10.0.0.0/8")).build(), bed.tenant());

        assertThat(response.returnValue()).isTrue();
        assertThat(response.securityGroupRules()).hasSize(2).allSatisfy(rule -> {
            assertThat(rule.securityGroupRuleId()).matches("sgr-[0-9a-f]{17}");
            assertThat(rule.isEgress()).isFalse();
            assertThat(rule.groupId()).isEqualTo(groupId);
        });
        String message = errorCode(() -> authorizeIngress.handle(AuthorizeSecurityGroupIngressRequest.builder()
                .groupId(groupId).ipPermissions(tcp(22, "0.0.0.0/0")).build(), bed.tenant()),
                "InvalidPermission.Duplicate");
        assertThat(message).isEqualTo(
                "the specified rule \"peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW\" already exists");
        SecurityGroup group = groups(DescribeSecurityGroupsRequest.builder().groupIds(groupId).build()).getFirst();
        assertThat(group.ipPermissions()).extracting(IpPermission::fromPort).containsExactly(22, 443);
    }

    @Test
    void protocolsAndPortsAreNormalizedAndValidated() {
        String groupId = createGroup("mixed", vpcId);

        authorizeIngress.handle(AuthorizeSecurityGroupIngressRequest.builder().groupId(groupId)
                .ipProtocol("6").fromPort(80).toPort(80).cidrIp("192.168.0.0/16").build(), bed.tenant());
        authorizeIngress.handle(AuthorizeSecurityGroupIngressRequest.builder().groupId(groupId)
                .ipPermissions(IpPermission.builder().ipProtocol("icmp").fromPort(8).toPort(-1)
                        .ipRanges(range -> range.cidrIp("0.0.0.0/0")).build()).build(), bed.tenant());

        SecurityGroup group = groups(DescribeSecurityGroupsRequest.builder().groupIds(groupId).build()).getFirst();
        assertThat(group.ipPermissions()).extracting(IpPermission::ipProtocol).containsExactly("tcp", "icmp");
        errorCode(() -> authorize(groupId, IpPermission.builder().ipProtocol("tcp").fromPort(22)
                .ipRanges(range -> range.cidrIp("0.0.0.0/0")).build()), "InvalidParameterValue");
        errorCode(() -> authorize(groupId, IpPermission.builder().ipProtocol("tcp").fromPort(90).toPort(80)
                .ipRanges(range -> range.cidrIp("0.0.0.0/0")).build()), "InvalidParameterValue");
        errorCode(() -> authorize(groupId, IpPermission.builder().ipProtocol("bogus").fromPort(1).toPort(2)
                .ipRanges(range -> range.cidrIp("0.0.0.0/0")).build()), "InvalidParameterValue");
        errorCode(() -> authorize(groupId, IpPermission.builder().ipProtocol("tcp").fromPort(1).toPort(2)
                .ipRanges(range -> range.cidrIp("10.0.0.1/8")).build()), "InvalidParameterValue");
        errorCode(() -> authorize(groupId, IpPermission.builder().ipProtocol("tcp").fromPort(1).toPort(2)
                .prefixListIds(prefix -> prefix.prefixListId("pl-12345678")).build()), "InvalidPrefixListId.NotFound");
    }

    @Test
    void theDefaultEgressRuleIsRevokedTheWayTerraformRevokesIt() {
        String groupId = createGroup("tf", vpcId);

        var revoked = revokeEgress.handle(RevokeSecurityGroupEgressRequest.builder().groupId(groupId)
                .ipPermissions(IpPermission.builder().ipProtocol("-1").fromPort(0).toPort(0)
                        .ipRanges(range -> range.cidrIp("0.0.0.0/0")).build()).build(), bed.tenant());

        assertThat(revoked.revokedSecurityGroupRules()).singleElement()
                .satisfies(rule -> assertThat(rule.isEgress()).isTrue());
        assertThat(groups(DescribeSecurityGroupsRequest.builder().groupIds(groupId).build()).getFirst()
                .ipPermissionsEgress()).isEmpty();
        String message = errorCode(() -> revokeEgress.handle(RevokeSecurityGroupEgressRequest.builder()
                .groupId(groupId).ipPermissions(IpPermission.builder().ipProtocol("-1")
                        .ipRanges(range -> range.cidrIp("0.0.0.0/0")).build()).build(), bed.tenant()),
                "InvalidPermission.NotFound");
        assertThat(message).isEqualTo("The specified rule does not exist in this security group.");
        authorizeEgress.handle(AuthorizeSecurityGroupEgressRequest.builder().groupId(groupId)
                .ipPermissions(tcp(443, "0.0.0.0/0")).build(), bed.tenant());
        assertThat(groups(DescribeSecurityGroupsRequest.builder().groupIds(groupId).build()).getFirst()
                .ipPermissionsEgress()).extracting(IpPermission::toPort).containsExactly(443);
    }

    @Test
    void unknownRulesInTheDefaultVpcAreReportedRatherThanRefused() {
        String groupId = createGroup("classic", null);

        var response = revokeIngress.handle(RevokeSecurityGroupIngressRequest.builder().groupId(groupId)
                .ipPermissions(tcp(25, "0.0.0.0/0")).build(), bed.tenant());

        assertThat(response.returnValue()).isTrue();
        assertThat(response.unknownIpPermissions()).singleElement()
                .satisfies(permission -> assertThat(permission.fromPort()).isEqualTo(25));
    }

    @Test
    void rulesRevokeByIdAndGroupsReferencedByRulesCannotBeDeleted() {
        String web = createGroup("web", vpcId);
        String db = createGroup("db", vpcId);
        var added = authorizeIngress.handle(AuthorizeSecurityGroupIngressRequest.builder().groupId(db)
                .ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(5432).toPort(5432)
                        .userIdGroupPairs(pair -> pair.groupId(web)).build()).build(), bed.tenant());
        assertThat(added.securityGroupRules().getFirst().referencedGroupInfo().groupId()).isEqualTo(web);

        String message = errorCode(() -> delete.handle(DeleteSecurityGroupRequest.builder().groupId(web).build(),
                bed.tenant()), "DependencyViolation");
        assertThat(message).isEqualTo("resource " + web + " has a dependent object");

        revokeIngress.handle(RevokeSecurityGroupIngressRequest.builder().groupId(db)
                .securityGroupRuleIds(added.securityGroupRules().getFirst().securityGroupRuleId()).build(),
                bed.tenant());
        delete.handle(DeleteSecurityGroupRequest.builder().groupId(web).build(), bed.tenant());
        errorCode(() -> groups(DescribeSecurityGroupsRequest.builder().groupIds(web).build()), "InvalidGroup.NotFound");
    }

    @Test
    void groupsAreFoundByNameInTheDefaultVpcAndByFilters() {
        String groupId = createGroup("named", null);
        authorize(groupId, tcp(8080, "10.1.0.0/16"));

        assertThat(groups(DescribeSecurityGroupsRequest.builder().groupNames("named").build()))
                .extracting(SecurityGroup::groupId).containsExactly(groupId);
        assertThat(groups(filter("ip-permission.from-port", "8080"))).extracting(SecurityGroup::groupId)
                .containsExactly(groupId);
        assertThat(groups(filter("ip-permission.cidr", "10.1.*"))).hasSize(1);
        assertThat(groups(filter("egress.ip-permission.cidr", "0.0.0.0/0"))).hasSize(3);
        errorCode(() -> groups(DescribeSecurityGroupsRequest.builder().groupNames("nothing").build()),
                "InvalidGroup.NotFound");
        delete.handle(DeleteSecurityGroupRequest.builder().groupName("named").build(), bed.tenant());
        assertThat(groups(filter("group-name", "named"))).isEmpty();
    }

    @Test
    void otherAccountsGroupsAreNotFound() {
        String groupId = createGroup("private", vpcId);

        errorCode(() -> describe.handle(DescribeSecurityGroupsRequest.builder().groupIds(groupId).build(),
                bed.other()), "InvalidGroup.NotFound");
        errorCode(() -> authorizeIngress.handle(AuthorizeSecurityGroupIngressRequest.builder().groupId(groupId)
                .ipPermissions(tcp(22, "0.0.0.0/0")).build(), bed.other()), "InvalidGroup.NotFound");
        errorCode(() -> delete.handle(DeleteSecurityGroupRequest.builder().groupId(groupId).build(), bed.other()),
                "InvalidGroup.NotFound");
        String theirs = create.handle(CreateSecurityGroupRequest.builder().groupName("theirs").description("theirs")
                .build(), bed.other()).groupId();
        errorCode(() -> authorizeIngress.handle(AuthorizeSecurityGroupIngressRequest.builder().groupId(theirs)
                .ipPermissions(IpPermission.builder().ipProtocol("-1").userIdGroupPairs(pair -> pair.groupId(groupId))
                        .build()).build(), bed.other()), "InvalidGroup.NotFound");
    }

    @Test
    void dryRunLeavesRulesUnchanged() {
        String groupId = createGroup("dry", vpcId);

        errorCode(() -> authorizeIngress.handle(AuthorizeSecurityGroupIngressRequest.builder().groupId(groupId)
                .ipPermissions(tcp(22, "0.0.0.0/0")).dryRun(true).build(), bed.tenant()), "DryRunOperation");

        assertThat(groups(DescribeSecurityGroupsRequest.builder().groupIds(groupId).build()).getFirst()
                .ipPermissions()).isEmpty();
    }

    private String createGroup(String name, String vpc) {
        return create.handle(CreateSecurityGroupRequest.builder().groupName(name).description(name + " group")
                .vpcId(vpc).build(), bed.tenant()).groupId();
    }

    private void authorize(String groupId, IpPermission permission) {
        authorizeIngress.handle(AuthorizeSecurityGroupIngressRequest.builder().groupId(groupId)
                .ipPermissions(permission).build(), bed.tenant());
    }

    private List<SecurityGroup> groups(DescribeSecurityGroupsRequest request) {
        return describe.handle(request, bed.tenant()).securityGroups();
    }

    private static DescribeSecurityGroupsRequest filter(String name, String value) {
        return DescribeSecurityGroupsRequest.builder().filters(Filter.builder().name(name).values(value).build())
                .build();
    }

    private static IpPermission tcp(int port, String cidr) {
        return IpPermission.builder().ipProtocol("tcp").fromPort(port).toPort(port)
                .ipRanges(range -> range.cidrIp(cidr)).build();
    }
}
