package io.cloudgate.ec2.ops.network;

import static io.cloudgate.ec2.ops.network.NetworkTestbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.ops.network.groups.AuthorizeSecurityGroupIngress;
import io.cloudgate.ec2.ops.network.groups.CreateSecurityGroup;
import io.cloudgate.ec2.ops.network.groups.DescribeSecurityGroupRules;
import io.cloudgate.ec2.ops.network.groups.RevokeSecurityGroupIngress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class SecurityGroupRulesTest {
    private final NetworkTestbed bed = new NetworkTestbed();
    private final DescribeSecurityGroupRules describe = new DescribeSecurityGroupRules(bed.context);
    private final String groupId = new CreateSecurityGroup(bed.context).handle(CreateSecurityGroupRequest.builder()
            .groupName("rules").description("rules").build(), bed.tenant()).groupId();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void rulesAreListedOnePerPeerWithTheirIdsAndTags() {
        var added = new AuthorizeSecurityGroupIngress(bed.context).handle(AuthorizeSecurityGroupIngressRequest.builder()
                .groupId(groupId)
                .ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(22).toPort(22)
                        .ipRanges(range -> range.cidrIp("10.0.0.0/8").description("office"),
                                range -> range.cidrIp("192.168.0.0/16"))
                        .ipv6Ranges(range -> range.cidrIpv6("2001:DB8::/32")).build())
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SECURITY_GROUP_RULE)
                        .tags(tag -> tag.key("team").value("net")).build())
                .build(), bed.tenant()).securityGroupRules();

        List<SecurityGroupRule> rules = rules(filter("group-id", groupId));

        assertThat(rules).hasSize(4);
        assertThat(rules).filteredOn(SecurityGroupRule::isEgress).singleElement().satisfies(rule -> {
            assertThat(rule.ipProtocol()).isEqualTo("-1");
            assertThat(rule.fromPort()).isEqualTo(-1);
            assertThat(rule.cidrIpv4()).isEqualTo("0.0.0.0/0");
        });
        assertThat(rules(filter("tag:team", "net"))).hasSize(3);
        assertThat(added).extracting(SecurityGroupRule::cidrIpv6).contains("2001:db8::/32");
        String office = added.stream().filter(rule -> "office".equals(rule.description())).findFirst().orElseThrow()
                .securityGroupRuleId();
        assertThat(describe.handle(DescribeSecurityGroupRulesRequest.builder().securityGroupRuleIds(office).build(),
                bed.tenant()).securityGroupRules()).singleElement()
                .satisfies(rule -> assertThat(rule.cidrIpv4()).isEqualTo("10.0.0.0/8"));
    }

    @Test
    void revokedAndForeignRuleIdsAreNotFound() {
        String ruleId = new AuthorizeSecurityGroupIngress(bed.context).handle(AuthorizeSecurityGroupIngressRequest
                .builder().groupId(groupId).ipPermissions(IpPermission.builder().ipProtocol("udp").fromPort(53)
                        .toPort(53).ipRanges(range -> range.cidrIp("0.0.0.0/0")).build()).build(), bed.tenant())
                .securityGroupRules().getFirst().securityGroupRuleId();

        errorCode(() -> describe.handle(DescribeSecurityGroupRulesRequest.builder().securityGroupRuleIds(ruleId)
                .build(), bed.other()), "InvalidSecurityGroupRuleId.NotFound");
        new RevokeSecurityGroupIngress(bed.context).handle(RevokeSecurityGroupIngressRequest.builder().groupId(groupId)
                .securityGroupRuleIds(ruleId).build(), bed.tenant());
        errorCode(() -> describe.handle(DescribeSecurityGroupRulesRequest.builder().securityGroupRuleIds(ruleId)
                .build(), bed.tenant()), "InvalidSecurityGroupRuleId.NotFound");
        errorCode(() -> new RevokeSecurityGroupIngress(bed.context).handle(RevokeSecurityGroupIngressRequest.builder()
                .groupId(groupId).securityGroupRuleIds(ruleId).build(), bed.tenant()),
                "InvalidSecurityGroupRuleId.NotFound");
    }

    private List<SecurityGroupRule> rules(Filter filter) {
        return describe.handle(DescribeSecurityGroupRulesRequest.builder().filters(filter).build(), bed.tenant())
                .securityGroupRules();
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }
}
